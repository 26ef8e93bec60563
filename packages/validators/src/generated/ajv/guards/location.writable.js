import { double as formats40 } from "../../../formats.js";

import { guardLocationDefinition$writable as validate167 } from "./location-definition.writable.js";
export { validate317 as guardLocation$writable };
const schema154 = {"type":"object","properties":{"id":{"type":"string"},"floorplanId":false,"coordinates":{"type":"object","additionalProperties":{"type":"number","format":"double"}},"notes":{"type":"string"},"locationDefinition":{"$ref":"#/$defs/LocationDefinition$writable"}}};

function validate317(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate317.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.floorplanId !== undefined){
var valid0 = false;
validate317.errors = [{instancePath:instancePath+"/floorplanId",schemaPath:"#/properties/floorplanId/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.coordinates !== undefined){
let data2 = data.coordinates;
const _errs3 = errors;
if(errors === _errs3){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
const _errs6 = errors;
if(errors === _errs6){
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats40.validate(data3))){
validate317.errors = [{instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/format",keyword:"format",params:{format: "double"}}];
return false;
}
}
else {
validate317.errors = [{instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/type",keyword:"type",params:{type: "number"}}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate317.errors = [{instancePath:instancePath+"/coordinates",schemaPath:"#/properties/coordinates/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs8 = errors;
if(typeof data.notes !== "string"){
validate317.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locationDefinition !== undefined){
const _errs10 = errors;
if(!(validate167(data.locationDefinition, {instancePath:instancePath+"/locationDefinition",parentData:data,parentDataProperty:"locationDefinition",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate167.errors;} else {for(const e of validate167.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
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
validate317.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate317.errors = vErrors;
return errors === 0;
}
