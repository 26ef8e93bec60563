import { dateTime as formats16 } from "../../../formats.js";

export { validate257 as compiledRoutingStatus };
const schema81 = {"type":"object","properties":{"userId":{"type":"string"},"status":{"$ref":"#/$defs/RoutingStatusValue"},"startTime":{"type":"string","format":"date-time"}}};
const schema39 = {"type":"string","enum":["OFF_QUEUE","IDLE","INTERACTING","NOT_RESPONDING","COMMUNICATING"]};

function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId !== undefined){
if(typeof data.userId !== "string"){
const err0 = {instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((((data1 === "OFF_QUEUE") || (data1 === "IDLE")) || (data1 === "INTERACTING")) || (data1 === "NOT_RESPONDING")) || (data1 === "COMMUNICATING"))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.startTime !== undefined){
let data2 = data.startTime;
if(typeof data2 === "string"){
if(!(formats16(data2))){
const err3 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate257.errors = vErrors;
return errors === 0;
}
