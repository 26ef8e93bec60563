import { dateTime as formats16 } from "../../../formats.js";

export { validate226 as guardUpdateRoutingStatus };
const schema221 = {"type":"object","properties":{"userId":{"type":"string"},"status":{"$ref":"#/$defs/RoutingStatusValue"},"startTime":{"type":"string","format":"date-time"}},"additionalProperties":false};
const schema39 = {"type":"string","enum":["OFF_QUEUE","IDLE","INTERACTING","NOT_RESPONDING","COMMUNICATING"]};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "status")) || (key0 === "startTime"))){
validate226.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
const _errs2 = errors;
if(typeof data.userId !== "string"){
validate226.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data1 = data.status;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate226.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data1 === "OFF_QUEUE") || (data1 === "IDLE")) || (data1 === "INTERACTING")) || (data1 === "NOT_RESPONDING")) || (data1 === "COMMUNICATING"))){
validate226.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/RoutingStatusValue/enum",keyword:"enum",params:{allowedValues: schema39.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startTime !== undefined){
let data2 = data.startTime;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data2 === "string"){
if(!(formats16(data2))){
validate226.errors = [{instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate226.errors = [{instancePath:instancePath+"/startTime",schemaPath:"#/properties/startTime/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate226.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate226.errors = vErrors;
return errors === 0;
}
