import { double as formats40 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

export { validate306 as guardUserRoutingSkill };
const schema124 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"proficiency":{"type":"number","format":"double"},"state":{"$ref":"#/$defs/RoutingEntityState"},"skillUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema40 = {"type":"string","enum":["active","inactive","deleted"]};

function validate306(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate306.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate306.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.proficiency !== undefined){
let data2 = data.proficiency;
const _errs5 = errors;
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats40.validate(data2))){
validate306.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/format",keyword:"format",params:{format: "double"}}];
return false;
}
}
else {
validate306.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data3 = data.state;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate306.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/RoutingEntityState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data3 === "active") || (data3 === "inactive")) || (data3 === "deleted"))){
validate306.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/RoutingEntityState/enum",keyword:"enum",params:{allowedValues: schema40.enum}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skillUri !== undefined){
let data4 = data.skillUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats8(data4))){
validate306.errors = [{instancePath:instancePath+"/skillUri",schemaPath:"#/properties/skillUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate306.errors = [{instancePath:instancePath+"/skillUri",schemaPath:"#/properties/skillUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data5 = data.selfUri;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data5 === "string"){
if(!(formats8(data5))){
validate306.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate306.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
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
else {
validate306.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate306.errors = vErrors;
return errors === 0;
}
