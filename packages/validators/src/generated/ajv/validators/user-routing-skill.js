import { double as formats40 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

export { validate306 as compiledUserRoutingSkill };
const schema124 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"proficiency":{"type":"number","format":"double"},"state":{"$ref":"#/$defs/RoutingEntityState"},"skillUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema40 = {"type":"string","enum":["active","inactive","deleted"]};

function validate306(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.proficiency !== undefined){
let data2 = data.proficiency;
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats40.validate(data2))){
const err2 = {instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/format",keyword:"format",params:{format: "double"}};
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
const err3 = {instancePath:instancePath+"/proficiency",schemaPath:"#/properties/proficiency/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.state !== undefined){
let data3 = data.state;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/RoutingEntityState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((data3 === "active") || (data3 === "inactive")) || (data3 === "deleted"))){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/RoutingEntityState/enum",keyword:"enum",params:{allowedValues: schema40.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.skillUri !== undefined){
let data4 = data.skillUri;
if(typeof data4 === "string"){
if(!(formats8(data4))){
const err6 = {instancePath:instancePath+"/skillUri",schemaPath:"#/properties/skillUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err7 = {instancePath:instancePath+"/skillUri",schemaPath:"#/properties/skillUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data5 = data.selfUri;
if(typeof data5 === "string"){
if(!(formats8(data5))){
const err8 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
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
validate306.errors = vErrors;
return errors === 0;
}
