import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";

export { validate246 as compiledErrorBody };
const schema240 = {"type":"object","properties":{"message":{"type":"string"},"code":{"type":"string"},"status":{"type":"integer","format":"int32"},"entityId":{"type":"string"},"entityName":{"type":"string"},"messageWithParams":{"type":"string"},"messageParams":{"type":"object","additionalProperties":{"type":"string"}},"contextId":{"type":"string"},"details":{"type":"array","items":{"$ref":"#/$defs/Detail"}},"errors":{"type":"array","items":{"$ref":"#/$defs/ErrorBody"}},"limit":{"$ref":"#/$defs/Limit"}}};
const schema241 = {"type":"object","properties":{"errorCode":{"type":"string"},"fieldName":{"type":"string"},"entityId":{"type":"string"},"entityName":{"type":"string"}}};
const schema242 = {"type":"object","properties":{"key":{"type":"string"},"namespace":{"type":"string"},"value":{"type":"integer","format":"int64"}}};
const wrapper8 = {validate: validate246};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err0 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.code !== undefined){
if(typeof data.code !== "string"){
const err1 = {instancePath:instancePath+"/code",schemaPath:"#/properties/code/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status !== undefined){
let data2 = data.status;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.entityId !== undefined){
if(typeof data.entityId !== "string"){
const err4 = {instancePath:instancePath+"/entityId",schemaPath:"#/properties/entityId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.entityName !== undefined){
if(typeof data.entityName !== "string"){
const err5 = {instancePath:instancePath+"/entityName",schemaPath:"#/properties/entityName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.messageWithParams !== undefined){
if(typeof data.messageWithParams !== "string"){
const err6 = {instancePath:instancePath+"/messageWithParams",schemaPath:"#/properties/messageWithParams/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.messageParams !== undefined){
let data6 = data.messageParams;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err7 = {instancePath:instancePath+"/messageParams/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/messageParams/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/messageParams",schemaPath:"#/properties/messageParams/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.contextId !== undefined){
if(typeof data.contextId !== "string"){
const err9 = {instancePath:instancePath+"/contextId",schemaPath:"#/properties/contextId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.details !== undefined){
let data9 = data.details;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.errorCode !== undefined){
if(typeof data10.errorCode !== "string"){
const err10 = {instancePath:instancePath+"/details/" + i0+"/errorCode",schemaPath:"#/$defs/Detail/properties/errorCode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data10.fieldName !== undefined){
if(typeof data10.fieldName !== "string"){
const err11 = {instancePath:instancePath+"/details/" + i0+"/fieldName",schemaPath:"#/$defs/Detail/properties/fieldName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data10.entityId !== undefined){
if(typeof data10.entityId !== "string"){
const err12 = {instancePath:instancePath+"/details/" + i0+"/entityId",schemaPath:"#/$defs/Detail/properties/entityId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.entityName !== undefined){
if(typeof data10.entityName !== "string"){
const err13 = {instancePath:instancePath+"/details/" + i0+"/entityName",schemaPath:"#/$defs/Detail/properties/entityName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/details/" + i0,schemaPath:"#/$defs/Detail/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.errors !== undefined){
let data15 = data.errors;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
if(!(wrapper8.validate(data15[i1], {instancePath:instancePath+"/errors/" + i1,parentData:data15,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper8.validate.errors;} else {for(const e of wrapper8.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.limit !== undefined){
let data17 = data.limit;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.key !== undefined){
if(typeof data17.key !== "string"){
const err17 = {instancePath:instancePath+"/limit/key",schemaPath:"#/$defs/Limit/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data17.namespace !== undefined){
if(typeof data17.namespace !== "string"){
const err18 = {instancePath:instancePath+"/limit/namespace",schemaPath:"#/$defs/Limit/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data17.value !== undefined){
let data20 = data17.value;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err19 = {instancePath:instancePath+"/limit/value",schemaPath:"#/$defs/Limit/properties/value/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(!(formats68.validate(data20))){
const err20 = {instancePath:instancePath+"/limit/value",schemaPath:"#/$defs/Limit/properties/value/format",keyword:"format",params:{format: "int64"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/limit",schemaPath:"#/$defs/Limit/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate246.errors = vErrors;
return errors === 0;
}
