import { compiledResourceConditionNode as validate94 } from "./resource-condition-node.js";
export { validate285 as compiledResourcePermissionPolicy };
const schema107 = {"type":"object","properties":{"id":{"type":"string"},"domain":{"type":"string"},"entityName":{"type":"string"},"policyName":{"type":"string"},"policyDescription":{"type":"string"},"actionSetKey":{"type":"string"},"allowConditions":{"type":"boolean"},"resourceConditionNode":{"$ref":"#/$defs/ResourceConditionNode"},"namedResources":{"type":"array","items":{"type":"string"}},"resourceCondition":{"type":"string"},"actionSet":{"type":"array","items":{"type":"string"}}}};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err1 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.entityName !== undefined){
if(typeof data.entityName !== "string"){
const err2 = {instancePath:instancePath+"/entityName",schemaPath:"#/properties/entityName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.policyName !== undefined){
if(typeof data.policyName !== "string"){
const err3 = {instancePath:instancePath+"/policyName",schemaPath:"#/properties/policyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.policyDescription !== undefined){
if(typeof data.policyDescription !== "string"){
const err4 = {instancePath:instancePath+"/policyDescription",schemaPath:"#/properties/policyDescription/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.actionSetKey !== undefined){
if(typeof data.actionSetKey !== "string"){
const err5 = {instancePath:instancePath+"/actionSetKey",schemaPath:"#/properties/actionSetKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.allowConditions !== undefined){
if(typeof data.allowConditions !== "boolean"){
const err6 = {instancePath:instancePath+"/allowConditions",schemaPath:"#/properties/allowConditions/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.resourceConditionNode !== undefined){
if(!(validate94(data.resourceConditionNode, {instancePath:instancePath+"/resourceConditionNode",parentData:data,parentDataProperty:"resourceConditionNode",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate94.errors;} else {for(const e of validate94.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.namedResources !== undefined){
let data8 = data.namedResources;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err7 = {instancePath:instancePath+"/namedResources/" + i0,schemaPath:"#/properties/namedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/namedResources",schemaPath:"#/properties/namedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.resourceCondition !== undefined){
if(typeof data.resourceCondition !== "string"){
const err9 = {instancePath:instancePath+"/resourceCondition",schemaPath:"#/properties/resourceCondition/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.actionSet !== undefined){
let data11 = data.actionSet;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(typeof data11[i1] !== "string"){
const err10 = {instancePath:instancePath+"/actionSet/" + i1,schemaPath:"#/properties/actionSet/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/actionSet",schemaPath:"#/properties/actionSet/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate285.errors = vErrors;
return errors === 0;
}
