import { compiledResourcePermissionPolicy as validate93 } from "./resource-permission-policy.js";
export { validate282 as compiledUserAuthorization };
const schema104 = {"type":"object","properties":{"roles":{"type":"array","items":{"$ref":"#/$defs/DomainRole"}},"unusedRoles":{"type":"array","items":{"$ref":"#/$defs/DomainRole"}},"permissions":{"type":"array","items":{"type":"string"}},"permissionPolicies":{"type":"array","items":{"$ref":"#/$defs/ResourcePermissionPolicy"}}}};
const schema105 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"}}};

function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.roles !== undefined){
let data0 = data.roles;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id !== undefined){
if(typeof data1.id !== "string"){
const err0 = {instancePath:instancePath+"/roles/" + i0+"/id",schemaPath:"#/$defs/DomainRole/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err1 = {instancePath:instancePath+"/roles/" + i0+"/name",schemaPath:"#/$defs/DomainRole/properties/name/type",keyword:"type",params:{type: "string"}};
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
else {
const err2 = {instancePath:instancePath+"/roles/" + i0,schemaPath:"#/$defs/DomainRole/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.unusedRoles !== undefined){
let data4 = data.unusedRoles;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err4 = {instancePath:instancePath+"/unusedRoles/" + i1+"/id",schemaPath:"#/$defs/DomainRole/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err5 = {instancePath:instancePath+"/unusedRoles/" + i1+"/name",schemaPath:"#/$defs/DomainRole/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/unusedRoles/" + i1,schemaPath:"#/$defs/DomainRole/type",keyword:"type",params:{type: "object"}};
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
const err7 = {instancePath:instancePath+"/unusedRoles",schemaPath:"#/properties/unusedRoles/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.permissions !== undefined){
let data8 = data.permissions;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(typeof data8[i2] !== "string"){
const err8 = {instancePath:instancePath+"/permissions/" + i2,schemaPath:"#/properties/permissions/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err9 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.permissionPolicies !== undefined){
let data10 = data.permissionPolicies;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate93(data10[i3], {instancePath:instancePath+"/permissionPolicies/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate93.errors;} else {for(const e of validate93.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/permissionPolicies",schemaPath:"#/properties/permissionPolicies/type",keyword:"type",params:{type: "array"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate282.errors = vErrors;
return errors === 0;
}
