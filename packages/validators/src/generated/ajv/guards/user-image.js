import { uri as formats0 } from "../../../formats.js";

export { validate253 as guardUserImage };
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};

function validate253(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
const _errs1 = errors;
if(typeof data.resolution !== "string"){
validate253.errors = [{instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.imageUri !== undefined){
let data1 = data.imageUri;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0(data1))){
validate253.errors = [{instancePath:instancePath+"/imageUri",schemaPath:"#/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate253.errors = [{instancePath:instancePath+"/imageUri",schemaPath:"#/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate253.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate253.errors = vErrors;
return errors === 0;
}
