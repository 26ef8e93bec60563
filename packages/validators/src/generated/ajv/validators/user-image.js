import { uri as formats0 } from "../../../formats.js";

export { validate253 as compiledUserImage };
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};

function validate253(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resolution !== undefined){
if(typeof data.resolution !== "string"){
const err0 = {instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.imageUri !== undefined){
let data1 = data.imageUri;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err1 = {instancePath:instancePath+"/imageUri",schemaPath:"#/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/imageUri",schemaPath:"#/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate253.errors = vErrors;
return errors === 0;
}
