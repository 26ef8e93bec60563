import { ucs2length as func1 } from "../ucs2length.js";

export { validate222 as guardPatchUserList };
const schema212 = {"type":"array","maxItems":50,"items":{"$ref":"#/$defs/PatchUser"}};
const schema213 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","minLength":1},"acdAutoAnswer":{"type":"boolean"}}};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 50){
validate222.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 50}}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((data0.id === undefined) && (missing0 = "id")){
validate222.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/PatchUser/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data0){
if(!((key0 === "id") || (key0 === "acdAutoAnswer"))){
validate222.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/PatchUser/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs4 === errors){
if(data0.id !== undefined){
let data1 = data0.id;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func1(data1) < 1){
validate222.errors = [{instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/$defs/PatchUser/properties/id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate222.errors = [{instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/$defs/PatchUser/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.acdAutoAnswer !== undefined){
const _errs7 = errors;
if(typeof data0.acdAutoAnswer !== "boolean"){
validate222.errors = [{instancePath:instancePath+"/" + i0+"/acdAutoAnswer",schemaPath:"#/$defs/PatchUser/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate222.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/PatchUser/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate222.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
validate222.errors = vErrors;
return errors === 0;
}
