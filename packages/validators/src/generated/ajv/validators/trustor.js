import { dateTime as formats16 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { compiledOrgUser as validate126 } from "./org-user.js";
import { compiledOrganization as validate143 } from "./organization.js";
export { validate310 as compiledTrustor };
const schema194 = {"type":"object","required":["enabled"],"properties":{"id":{"type":"string"},"enabled":{"type":"boolean"},"dateCreated":{"type":"string","format":"date-time"},"createdBy":{"$ref":"#/$defs/OrgUser"},"organization":{"$ref":"#/$defs/Organization"},"authorization":{"$ref":"#/$defs/TrusteeAuthorization"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema195 = {"type":"object","properties":{"permissions":{"type":"array","items":{"type":"string"}}}};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.enabled === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "enabled"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err2 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dateCreated !== undefined){
let data2 = data.dateCreated;
if(typeof data2 === "string"){
if(!(formats16(data2))){
const err3 = {instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.createdBy !== undefined){
if(!(validate126(data.createdBy, {instancePath:instancePath+"/createdBy",parentData:data,parentDataProperty:"createdBy",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate126.errors;} else {for(const e of validate126.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.organization !== undefined){
if(!(validate143(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate143.errors;} else {for(const e of validate143.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.authorization !== undefined){
let data5 = data.authorization;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.permissions !== undefined){
let data6 = data5.permissions;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(typeof data6[i0] !== "string"){
const err5 = {instancePath:instancePath+"/authorization/permissions/" + i0,schemaPath:"#/$defs/TrusteeAuthorization/properties/permissions/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/authorization/permissions",schemaPath:"#/$defs/TrusteeAuthorization/properties/permissions/type",keyword:"type",params:{type: "array"}};
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
const err7 = {instancePath:instancePath+"/authorization",schemaPath:"#/$defs/TrusteeAuthorization/type",keyword:"type",params:{type: "object"}};
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
let data8 = data.selfUri;
if(typeof data8 === "string"){
if(!(formats8(data8))){
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
validate310.errors = vErrors;
return errors === 0;
}
