import { uriReference as formats8 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";

export { validate305 as guardTeam };
const schema122 = {"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"division":{"$ref":"#/$defs/WritableDivision"},"description":{"type":"string"},"dateCreated":{"type":"string","format":"date-time"},"dateModified":{"type":"string","format":"date-time"},"memberCount":{"type":"integer","format":"int64"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema123 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};

function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate305.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate305.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate305.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.division !== undefined){
let data2 = data.division;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
const _errs8 = errors;
if(typeof data2.id !== "string"){
validate305.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/WritableDivision/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.name !== undefined){
const _errs10 = errors;
if(typeof data2.name !== "string"){
validate305.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/WritableDivision/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.selfUri !== undefined){
let data5 = data2.selfUri;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data5 === "string"){
if(!(formats8(data5))){
validate305.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/WritableDivision/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate305.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/WritableDivision/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate305.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/WritableDivision/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs14 = errors;
if(typeof data.description !== "string"){
validate305.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateCreated !== undefined){
let data7 = data.dateCreated;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data7 === "string"){
if(!(formats16(data7))){
validate305.errors = [{instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate305.errors = [{instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateModified !== undefined){
let data8 = data.dateModified;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data8 === "string"){
if(!(formats16(data8))){
validate305.errors = [{instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate305.errors = [{instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
let data9 = data.memberCount;
const _errs20 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate305.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs20){
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats68.validate(data9))){
validate305.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/format",keyword:"format",params:{format: "int64"}}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data10 = data.selfUri;
const _errs22 = errors;
if(errors === _errs22){
if(errors === _errs22){
if(typeof data10 === "string"){
if(!(formats8(data10))){
validate305.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate305.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs22 === errors;
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
else {
validate305.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate305.errors = vErrors;
return errors === 0;
}
