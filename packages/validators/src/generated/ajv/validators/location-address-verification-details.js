import { dateTime as formats16 } from "../../../formats.js";

export { validate299 as compiledLocationAddressVerificationDetails };
const schema100 = {"type":"object","properties":{"status":{"$ref":"#/$defs/AddressVerificationStatus"},"dateFinished":{"type":"string","format":"date-time"},"dateStarted":{"type":"string","format":"date-time"},"service":{"type":"string"}}};
const schema46 = {"type":"string","enum":["Pending","InProgress","Retry","Complete","Failed"]};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AddressVerificationStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data0 === "Pending") || (data0 === "InProgress")) || (data0 === "Retry")) || (data0 === "Complete")) || (data0 === "Failed"))){
const err1 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/AddressVerificationStatus/enum",keyword:"enum",params:{allowedValues: schema46.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.dateFinished !== undefined){
let data1 = data.dateFinished;
if(typeof data1 === "string"){
if(!(formats16(data1))){
const err2 = {instancePath:instancePath+"/dateFinished",schemaPath:"#/properties/dateFinished/format",keyword:"format",params:{format: "date-time"}};
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
const err3 = {instancePath:instancePath+"/dateFinished",schemaPath:"#/properties/dateFinished/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dateStarted !== undefined){
let data2 = data.dateStarted;
if(typeof data2 === "string"){
if(!(formats16(data2))){
const err4 = {instancePath:instancePath+"/dateStarted",schemaPath:"#/properties/dateStarted/format",keyword:"format",params:{format: "date-time"}};
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
const err5 = {instancePath:instancePath+"/dateStarted",schemaPath:"#/properties/dateStarted/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.service !== undefined){
if(typeof data.service !== "string"){
const err6 = {instancePath:instancePath+"/service",schemaPath:"#/properties/service/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate299.errors = vErrors;
return errors === 0;
}
