import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

export { validate224 as compiledUserStateChange };
const schema215 = {"type":"object","properties":{"state":{"$ref":"#/$defs/UserState"},"version":{"type":"integer","format":"int32"},"stateChangeReason":{"$ref":"#/$defs/UserStateChangeReason"},"stateChangeDate":{"type":"string","format":"date-time"}}};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const schema59 = {"type":"string","enum":["Voluntary","Seasonal","Leave","Performance","Conduct","Unknown"]};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state !== undefined){
let data0 = data.state;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data0 === "active") || (data0 === "inactive")) || (data0 === "deleted"))){
const err1 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
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
if(data.stateChangeReason !== undefined){
let data2 = data.stateChangeReason;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data2 === "Voluntary") || (data2 === "Seasonal")) || (data2 === "Leave")) || (data2 === "Performance")) || (data2 === "Conduct")) || (data2 === "Unknown"))){
const err5 = {instancePath:instancePath+"/stateChangeReason",schemaPath:"#/$defs/UserStateChangeReason/enum",keyword:"enum",params:{allowedValues: schema59.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stateChangeDate !== undefined){
let data3 = data.stateChangeDate;
if(typeof data3 === "string"){
if(!(formats16(data3))){
const err6 = {instancePath:instancePath+"/stateChangeDate",schemaPath:"#/properties/stateChangeDate/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/stateChangeDate",schemaPath:"#/properties/stateChangeDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate224.errors = vErrors;
return errors === 0;
}
