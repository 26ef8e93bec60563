import { int32 as formats14 } from "../../../formats.js";

export { validate268 as compiledMediaSummary };
const schema87 = {"type":"object","properties":{"contactCenter":{"$ref":"#/$defs/MediaSummaryDetail"},"enterprise":{"$ref":"#/$defs/MediaSummaryDetail"}}};
const schema88 = {"type":"object","properties":{"active":{"type":"integer","format":"int32"},"acw":{"type":"integer","format":"int32"}}};

function validate268(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.contactCenter !== undefined){
let data0 = data.contactCenter;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.active !== undefined){
let data1 = data0.active;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err0 = {instancePath:instancePath+"/contactCenter/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
const err1 = {instancePath:instancePath+"/contactCenter/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
if(data0.acw !== undefined){
let data2 = data0.acw;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/contactCenter/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
const err3 = {instancePath:instancePath+"/contactCenter/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/format",keyword:"format",params:{format: "int32"}};
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
}
else {
const err4 = {instancePath:instancePath+"/contactCenter",schemaPath:"#/$defs/MediaSummaryDetail/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.enterprise !== undefined){
let data3 = data.enterprise;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.active !== undefined){
let data4 = data3.active;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/enterprise/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats14.validate(data4))){
const err6 = {instancePath:instancePath+"/enterprise/active",schemaPath:"#/$defs/MediaSummaryDetail/properties/active/format",keyword:"format",params:{format: "int32"}};
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
if(data3.acw !== undefined){
let data5 = data3.acw;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/enterprise/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(!(formats14.validate(data5))){
const err8 = {instancePath:instancePath+"/enterprise/acw",schemaPath:"#/$defs/MediaSummaryDetail/properties/acw/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/enterprise",schemaPath:"#/$defs/MediaSummaryDetail/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate268.errors = vErrors;
return errors === 0;
}
