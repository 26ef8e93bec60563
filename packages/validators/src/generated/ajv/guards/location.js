import { double as formats40 } from "../../../formats.js";

import { guardLocationDefinition as validate78 } from "./location-definition.js";
export { validate291 as guardLocation };
const schema113 = {"type":"object","properties":{"id":{"type":"string"},"floorplanId":{"type":"string"},"coordinates":{"type":"object","additionalProperties":{"type":"number","format":"double"}},"notes":{"type":"string"},"locationDefinition":{"$ref":"#/$defs/LocationDefinition"}}};

function validate291(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate291.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.floorplanId !== undefined){
const _errs3 = errors;
if(typeof data.floorplanId !== "string"){
validate291.errors = [{instancePath:instancePath+"/floorplanId",schemaPath:"#/properties/floorplanId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.coordinates !== undefined){
let data2 = data.coordinates;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
const _errs8 = errors;
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats40.validate(data3))){
validate291.errors = [{instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/format",keyword:"format",params:{format: "double"}}];
return false;
}
}
else {
validate291.errors = [{instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate291.errors = [{instancePath:instancePath+"/coordinates",schemaPath:"#/properties/coordinates/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs10 = errors;
if(typeof data.notes !== "string"){
validate291.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locationDefinition !== undefined){
const _errs12 = errors;
if(!(validate78(data.locationDefinition, {instancePath:instancePath+"/locationDefinition",parentData:data,parentDataProperty:"locationDefinition",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate78.errors;} else {for(const e of validate78.errors){vErrors.push(e);}}
errors = vErrors.length;
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
else {
validate291.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate291.errors = vErrors;
return errors === 0;
}
