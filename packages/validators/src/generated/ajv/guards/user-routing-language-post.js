import { double as formats40 } from "../../../formats.js";
import { ucs2length as func1 } from "../ucs2length.js";

export { validate229 as guardUserRoutingLanguagePost };
const schema225 = {"type":"object","additionalProperties":false,"required":["id","proficiency"],"properties":{"id":{"type":"string","minLength":1},"proficiency":{"type":"number","format":"double","minimum":0,"maximum":5}}};

function validate229(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.proficiency === undefined) && (missing0 = "proficiency"))){
validate229.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "id") || (key0 === "proficiency"))){
validate229.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func1(data0) < 1){
validate229.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate229.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.proficiency !== undefined){
let data1 = data.proficiency;
const _errs4 = errors;
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 5 || isNaN(data1)){
validate229.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate229.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
else {
if(!(formats40.validate(data1))){
validate229.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/format",keyword:"format",params:{format: "double"}}];
return false;
}
}
}
}
else {
validate229.errors = [{instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate229.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate229.errors = vErrors;
return errors === 0;
}
