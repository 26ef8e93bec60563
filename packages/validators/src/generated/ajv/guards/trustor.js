import { dateTime as formats16 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { guardOrgUser as validate126 } from "./org-user.js";
import { guardOrganization as validate143 } from "./organization.js";
export { validate310 as guardTrustor };
const schema194 = {"type":"object","required":["enabled"],"properties":{"id":{"type":"string"},"enabled":{"type":"boolean"},"dateCreated":{"type":"string","format":"date-time"},"createdBy":{"$ref":"#/$defs/OrgUser"},"organization":{"$ref":"#/$defs/Organization"},"authorization":{"$ref":"#/$defs/TrusteeAuthorization"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema195 = {"type":"object","properties":{"permissions":{"type":"array","items":{"type":"string"}}}};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.enabled === undefined) && (missing0 = "enabled")){
validate310.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate310.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enabled !== undefined){
const _errs3 = errors;
if(typeof data.enabled !== "boolean"){
validate310.errors = [{instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateCreated !== undefined){
let data2 = data.dateCreated;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats16(data2))){
validate310.errors = [{instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate310.errors = [{instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdBy !== undefined){
const _errs7 = errors;
if(!(validate126(data.createdBy, {instancePath:instancePath+"/createdBy",parentData:data,parentDataProperty:"createdBy",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate126.errors;} else {for(const e of validate126.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organization !== undefined){
const _errs8 = errors;
if(!(validate143(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate143.errors;} else {for(const e of validate143.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization !== undefined){
let data5 = data.authorization;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.permissions !== undefined){
let data6 = data5.permissions;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
var valid3 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data6[i0] !== "string"){
validate310.errors = [{instancePath:instancePath+"/authorization/permissions/" + i0,schemaPath:"#/$defs/TrusteeAuthorization/properties/permissions/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate310.errors = [{instancePath:instancePath+"/authorization/permissions",schemaPath:"#/$defs/TrusteeAuthorization/properties/permissions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
}
}
else {
validate310.errors = [{instancePath:instancePath+"/authorization",schemaPath:"#/$defs/TrusteeAuthorization/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data8 = data.selfUri;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data8 === "string"){
if(!(formats8(data8))){
validate310.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate310.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs16 === errors;
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
else {
validate310.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate310.errors = vErrors;
return errors === 0;
}
