import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";

export { validate246 as guardErrorBody };
const schema240 = {"type":"object","properties":{"message":{"type":"string"},"code":{"type":"string"},"status":{"type":"integer","format":"int32"},"entityId":{"type":"string"},"entityName":{"type":"string"},"messageWithParams":{"type":"string"},"messageParams":{"type":"object","additionalProperties":{"type":"string"}},"contextId":{"type":"string"},"details":{"type":"array","items":{"$ref":"#/$defs/Detail"}},"errors":{"type":"array","items":{"$ref":"#/$defs/ErrorBody"}},"limit":{"$ref":"#/$defs/Limit"}}};
const schema241 = {"type":"object","properties":{"errorCode":{"type":"string"},"fieldName":{"type":"string"},"entityId":{"type":"string"},"entityName":{"type":"string"}}};
const schema242 = {"type":"object","properties":{"key":{"type":"string"},"namespace":{"type":"string"},"value":{"type":"integer","format":"int64"}}};
const wrapper8 = {validate: validate246};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message !== undefined){
const _errs1 = errors;
if(typeof data.message !== "string"){
validate246.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code !== undefined){
const _errs3 = errors;
if(typeof data.code !== "string"){
validate246.errors = [{instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate246.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
validate246.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entityId !== undefined){
const _errs7 = errors;
if(typeof data.entityId !== "string"){
validate246.errors = [{instancePath:instancePath+"/entityId",schemaPath:"#/properties/entityId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entityName !== undefined){
const _errs9 = errors;
if(typeof data.entityName !== "string"){
validate246.errors = [{instancePath:instancePath+"/entityName",schemaPath:"#/properties/entityName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageWithParams !== undefined){
const _errs11 = errors;
if(typeof data.messageWithParams !== "string"){
validate246.errors = [{instancePath:instancePath+"/messageWithParams",schemaPath:"#/properties/messageWithParams/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageParams !== undefined){
let data6 = data.messageParams;
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs16 = errors;
if(typeof data6[key0] !== "string"){
validate246.errors = [{instancePath:instancePath+"/messageParams/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/messageParams/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs16 === errors;
if(!valid1){
break;
}
}
}
else {
validate246.errors = [{instancePath:instancePath+"/messageParams",schemaPath:"#/properties/messageParams/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contextId !== undefined){
const _errs18 = errors;
if(typeof data.contextId !== "string"){
validate246.errors = [{instancePath:instancePath+"/contextId",schemaPath:"#/properties/contextId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.details !== undefined){
let data9 = data.details;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data9)){
var valid2 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.errorCode !== undefined){
const _errs25 = errors;
if(typeof data10.errorCode !== "string"){
validate246.errors = [{instancePath:instancePath+"/details/" + i0+"/errorCode",schemaPath:"#/$defs/Detail/properties/errorCode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.fieldName !== undefined){
const _errs27 = errors;
if(typeof data10.fieldName !== "string"){
validate246.errors = [{instancePath:instancePath+"/details/" + i0+"/fieldName",schemaPath:"#/$defs/Detail/properties/fieldName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.entityId !== undefined){
const _errs29 = errors;
if(typeof data10.entityId !== "string"){
validate246.errors = [{instancePath:instancePath+"/details/" + i0+"/entityId",schemaPath:"#/$defs/Detail/properties/entityId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs29 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data10.entityName !== undefined){
const _errs31 = errors;
if(typeof data10.entityName !== "string"){
validate246.errors = [{instancePath:instancePath+"/details/" + i0+"/entityName",schemaPath:"#/$defs/Detail/properties/entityName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs31 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
validate246.errors = [{instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/Detail/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs22 === errors;
if(!valid2){
break;
}
}
}
else {
validate246.errors = [{instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errors !== undefined){
let data15 = data.errors;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data15)){
var valid5 = true;
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
const _errs35 = errors;
if(!(wrapper8.validate(data15[i1], {instancePath:instancePath+"/errors/" + i1,parentData:data15,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper8.validate.errors;} else {for(const e of wrapper8.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid5 = _errs35 === errors;
if(!valid5){
break;
}
}
}
else {
validate246.errors = [{instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data17 = data.limit;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.key !== undefined){
const _errs39 = errors;
if(typeof data17.key !== "string"){
validate246.errors = [{instancePath:instancePath+"/limit/key",schemaPath:"#/$defs/Limit/properties/key/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data17.namespace !== undefined){
const _errs41 = errors;
if(typeof data17.namespace !== "string"){
validate246.errors = [{instancePath:instancePath+"/limit/namespace",schemaPath:"#/$defs/Limit/properties/namespace/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs41 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data17.value !== undefined){
let data20 = data17.value;
const _errs43 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate246.errors = [{instancePath:instancePath+"/limit/value",schemaPath:"#/$defs/Limit/properties/value/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs43){
if((typeof data20 == "number") && (isFinite(data20))){
if(!(formats68.validate(data20))){
validate246.errors = [{instancePath:instancePath+"/limit/value",schemaPath:"#/$defs/Limit/properties/value/format",keyword:"format",params:{format: "int64"}}];
return false;
}
}
}
var valid7 = _errs43 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
validate246.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/$defs/Limit/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate246.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate246.errors = vErrors;
return errors === 0;
}
