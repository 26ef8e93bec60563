import { guardResourcePermissionPolicy as validate93 } from "./resource-permission-policy.js";
export { validate282 as guardUserAuthorization };
const schema104 = {"type":"object","properties":{"roles":{"type":"array","items":{"$ref":"#/$defs/DomainRole"}},"unusedRoles":{"type":"array","items":{"$ref":"#/$defs/DomainRole"}},"permissions":{"type":"array","items":{"type":"string"}},"permissionPolicies":{"type":"array","items":{"$ref":"#/$defs/ResourcePermissionPolicy"}}}};
const schema105 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"}}};

function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.roles !== undefined){
let data0 = data.roles;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id !== undefined){
const _errs6 = errors;
if(typeof data1.id !== "string"){
validate282.errors = [{instancePath:instancePath+"/roles/" + i0+"/id",schemaPath:"#/$defs/DomainRole/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data1.name !== undefined){
const _errs8 = errors;
if(typeof data1.name !== "string"){
validate282.errors = [{instancePath:instancePath+"/roles/" + i0+"/name",schemaPath:"#/$defs/DomainRole/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/roles/" + i0,schemaPath:"#/$defs/DomainRole/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unusedRoles !== undefined){
let data4 = data.unusedRoles;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id !== undefined){
const _errs15 = errors;
if(typeof data5.id !== "string"){
validate282.errors = [{instancePath:instancePath+"/unusedRoles/" + i1+"/id",schemaPath:"#/$defs/DomainRole/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs15 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data5.name !== undefined){
const _errs17 = errors;
if(typeof data5.name !== "string"){
validate282.errors = [{instancePath:instancePath+"/unusedRoles/" + i1+"/name",schemaPath:"#/$defs/DomainRole/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs17 === errors;
}
else {
var valid6 = true;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/unusedRoles/" + i1,schemaPath:"#/$defs/DomainRole/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid4 = _errs12 === errors;
if(!valid4){
break;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/unusedRoles",schemaPath:"#/properties/unusedRoles/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissions !== undefined){
let data8 = data.permissions;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid7 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs21 = errors;
if(typeof data8[i2] !== "string"){
validate282.errors = [{instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid7 = _errs21 === errors;
if(!valid7){
break;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.permissionPolicies !== undefined){
let data10 = data.permissionPolicies;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
var valid8 = true;
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
const _errs25 = errors;
if(!(validate93(data10[i3], {instancePath:instancePath+"/permissionPolicies/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate93.errors;} else {for(const e of validate93.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid8 = _errs25 === errors;
if(!valid8){
break;
}
}
}
else {
validate282.errors = [{instancePath:instancePath+"/permissionPolicies",schemaPath:"#/properties/permissionPolicies/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate282.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate282.errors = vErrors;
return errors === 0;
}
