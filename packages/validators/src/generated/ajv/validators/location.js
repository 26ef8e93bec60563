import { double as formats40 } from "../../../formats.js";

import { compiledLocationDefinition as validate78 } from "./location-definition.js";
export { validate291 as compiledLocation };
const schema113 = {"type":"object","properties":{"id":{"type":"string"},"floorplanId":{"type":"string"},"coordinates":{"type":"object","additionalProperties":{"type":"number","format":"double"}},"notes":{"type":"string"},"locationDefinition":{"$ref":"#/$defs/LocationDefinition"}}};

function validate291(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.floorplanId !== undefined){
if(typeof data.floorplanId !== "string"){
const err1 = {instancePath:instancePath+"/floorplanId",schemaPath:"#/properties/floorplanId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.coordinates !== undefined){
let data2 = data.coordinates;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats40.validate(data3))){
const err2 = {instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/format",keyword:"format",params:{format: "double"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/coordinates/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/coordinates/additionalProperties/type",keyword:"type",params:{type: "number"}};
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
else {
const err4 = {instancePath:instancePath+"/coordinates",schemaPath:"#/properties/coordinates/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.notes !== undefined){
if(typeof data.notes !== "string"){
const err5 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.locationDefinition !== undefined){
if(!(validate78(data.locationDefinition, {instancePath:instancePath+"/locationDefinition",parentData:data,parentDataProperty:"locationDefinition",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate78.errors;} else {for(const e of validate78.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate291.errors = vErrors;
return errors === 0;
}
