import { int32 as formats14 } from "../../../formats.js";

export { validate268 as guardMediaSummary };
const schema87 = {"type":"object","properties":{"contactCenter":{"$ref":"#/$defs/MediaSummaryDetail"},"enterprise":{"$ref":"#/$defs/MediaSummaryDetail"}}};
const schema88 = {"type":"object","properties":{"active":{"type":"integer","format":"int32"},"acw":{"type":"integer","format":"int32"}}};

function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contactCenter !== undefined){
let data0 = data.contactCenter;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.active !== undefined){
let data1 = data0.active;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate268.errors = [{instancePath:instancePath+"/contactCenter/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate268.errors = [{instancePath:instancePath+"/contactCenter/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.acw !== undefined){
let data2 = data0.acw;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate268.errors = [{instancePath:instancePath+"/contactCenter/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
validate268.errors = [{instancePath:instancePath+"/contactCenter/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate268.errors = [{instancePath:instancePath+"/contactCenter",schemaPath:"#/$defs/MediaSummaryDetail/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enterprise !== undefined){
let data3 = data.enterprise;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.active !== undefined){
let data4 = data3.active;
const _errs11 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate268.errors = [{instancePath:instancePath+"/enterprise/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs11){
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats14.validate(data4))){
validate268.errors = [{instancePath:instancePath+"/enterprise/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data3.acw !== undefined){
let data5 = data3.acw;
const _errs13 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate268.errors = [{instancePath:instancePath+"/enterprise/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs13){
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats14.validate(data5))){
validate268.errors = [{instancePath:instancePath+"/enterprise/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate268.errors = [{instancePath:instancePath+"/enterprise",schemaPath:"#/$defs/MediaSummaryDetail/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate268.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate268.errors = vErrors;
return errors === 0;
}
