import { dateTime as formats16 } from "../../../formats.js";

export { validate299 as guardLocationAddressVerificationDetails };
const schema100 = {"type":"object","properties":{"status":{"$ref":"#/$defs/AddressVerificationStatus"},"dateFinished":{"type":"string","format":"date-time"},"dateStarted":{"type":"string","format":"date-time"},"service":{"type":"string"}}};
const schema46 = {"type":"string","enum":["Pending","InProgress","Retry","Complete","Failed"]};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate299.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/AddressVerificationStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data0 === "Pending") || (data0 === "InProgress")) || (data0 === "Retry")) || (data0 === "Complete")) || (data0 === "Failed"))){
validate299.errors = [{instancePath:instancePath+"/status",schemaPath:"#/$defs/AddressVerificationStatus/enum",keyword:"enum",params:{allowedValues: schema46.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateFinished !== undefined){
let data1 = data.dateFinished;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats16(data1))){
validate299.errors = [{instancePath:instancePath+"/dateFinished",schemaPath:"#/properties/dateFinished/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate299.errors = [{instancePath:instancePath+"/dateFinished",schemaPath:"#/properties/dateFinished/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateStarted !== undefined){
let data2 = data.dateStarted;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats16(data2))){
validate299.errors = [{instancePath:instancePath+"/dateStarted",schemaPath:"#/properties/dateStarted/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate299.errors = [{instancePath:instancePath+"/dateStarted",schemaPath:"#/properties/dateStarted/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service !== undefined){
const _errs8 = errors;
if(typeof data.service !== "string"){
validate299.errors = [{instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate299.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate299.errors = vErrors;
return errors === 0;
}
