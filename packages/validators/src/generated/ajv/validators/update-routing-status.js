import { dateTime as formats16 } from "../../../formats.js";

export { validate226 as compiledUpdateRoutingStatus };
const schema221 = {"type":"object","properties":{"userId":{"type":"string"},"status":{"$ref":"#/$defs/RoutingStatusValue"},"startTime":{"type":"string","format":"date-time"}},"additionalProperties":false};
const schema39 = {"type":"string","enum":["OFF_QUEUE","IDLE","INTERACTING","NOT_RESPONDING","COMMUNICATING"]};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "status")) || (key0 === "startTime"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"}};
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
let data1 = data.status;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((((data1 === "OFF_QUEUE") || (data1 === "IDLE")) || (data1 === "INTERACTING")) || (data1 === "NOT_RESPONDING")) || (data1 === "COMMUNICATING"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.startTime !== undefined){
let data2 = data.startTime;
if(typeof data2 === "string"){
if(!(formats16(data2))){
const err4 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
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
validate226.errors = vErrors;
return errors === 0;
}
