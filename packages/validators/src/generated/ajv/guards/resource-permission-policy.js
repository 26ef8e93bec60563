import { guardResourceConditionNode as validate94 } from "./resource-condition-node.js";
export { validate285 as guardResourcePermissionPolicy };
const schema107 = {"type":"object","properties":{"id":{"type":"string"},"domain":{"type":"string"},"entityName":{"type":"string"},"policyName":{"type":"string"},"policyDescription":{"type":"string"},"actionSetKey":{"type":"string"},"allowConditions":{"type":"boolean"},"resourceConditionNode":{"$ref":"#/$defs/ResourceConditionNode"},"namedResources":{"type":"array","items":{"type":"string"}},"resourceCondition":{"type":"string"},"actionSet":{"type":"array","items":{"type":"string"}}}};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate285.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.domain !== undefined){
const _errs3 = errors;
if(typeof data.domain !== "string"){
validate285.errors = [{instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entityName !== undefined){
const _errs5 = errors;
if(typeof data.entityName !== "string"){
validate285.errors = [{instancePath:instancePath+"/entityName",schemaPath:"#/properties/entityName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policyName !== undefined){
const _errs7 = errors;
if(typeof data.policyName !== "string"){
validate285.errors = [{instancePath:instancePath+"/policyName",schemaPath:"#/properties/policyName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policyDescription !== undefined){
const _errs9 = errors;
if(typeof data.policyDescription !== "string"){
validate285.errors = [{instancePath:instancePath+"/policyDescription",schemaPath:"#/properties/policyDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.actionSetKey !== undefined){
const _errs11 = errors;
if(typeof data.actionSetKey !== "string"){
validate285.errors = [{instancePath:instancePath+"/actionSetKey",schemaPath:"#/properties/actionSetKey/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowConditions !== undefined){
const _errs13 = errors;
if(typeof data.allowConditions !== "boolean"){
validate285.errors = [{instancePath:instancePath+"/allowConditions",schemaPath:"#/properties/allowConditions/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourceConditionNode !== undefined){
const _errs15 = errors;
if(!(validate94(data.resourceConditionNode, {instancePath:instancePath+"/resourceConditionNode",parentData:data,parentDataProperty:"resourceConditionNode",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate94.errors;} else {for(const e of validate94.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.namedResources !== undefined){
let data8 = data.namedResources;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs18 = errors;
if(typeof data8[i0] !== "string"){
validate285.errors = [{instancePath:instancePath+"/namedResources/" + i0,schemaPath:"#/properties/namedResources/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate285.errors = [{instancePath:instancePath+"/namedResources",schemaPath:"#/properties/namedResources/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourceCondition !== undefined){
const _errs20 = errors;
if(typeof data.resourceCondition !== "string"){
validate285.errors = [{instancePath:instancePath+"/resourceCondition",schemaPath:"#/properties/resourceCondition/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.actionSet !== undefined){
let data11 = data.actionSet;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data11)){
var valid2 = true;
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
const _errs24 = errors;
if(typeof data11[i1] !== "string"){
validate285.errors = [{instancePath:instancePath+"/actionSet/" + i1,schemaPath:"#/properties/actionSet/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs24 === errors;
if(!valid2){
break;
}
}
}
else {
validate285.errors = [{instancePath:instancePath+"/actionSet",schemaPath:"#/properties/actionSet/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate285.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate285.errors = vErrors;
return errors === 0;
}
