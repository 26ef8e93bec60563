import { dateTime as formats16 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { guardUser as validate57 } from "./user.js";
export { validate279 as guardUserStation };
const schema103 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"associatedUser":{"$ref":"#/$defs/User"},"associatedDate":{"type":"string","format":"date-time"},"defaultUser":{"$ref":"#/$defs/User"},"providerInfo":{"type":"object","additionalProperties":{"type":"string"}},"webRtcCallAppearances":{"type":"integer","format":"int32"}}};

function validate279(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate279.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs3 = errors;
if(typeof data.name !== "string"){
validate279.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
const _errs5 = errors;
if(typeof data.type !== "string"){
validate279.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.associatedUser !== undefined){
const _errs7 = errors;
if(!(validate57(data.associatedUser, {instancePath:instancePath+"/associatedUser",parentData:data,parentDataProperty:"associatedUser",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.associatedDate !== undefined){
let data4 = data.associatedDate;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data4 === "string"){
if(!(formats16(data4))){
validate279.errors = [{instancePath:instancePath+"/associatedDate",schemaPath:"#/properties/associatedDate/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate279.errors = [{instancePath:instancePath+"/associatedDate",schemaPath:"#/properties/associatedDate/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultUser !== undefined){
const _errs10 = errors;
if(!(validate57(data.defaultUser, {instancePath:instancePath+"/defaultUser",parentData:data,parentDataProperty:"defaultUser",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.providerInfo !== undefined){
let data6 = data.providerInfo;
const _errs11 = errors;
if(errors === _errs11){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs14 = errors;
if(typeof data6[key0] !== "string"){
validate279.errors = [{instancePath:instancePath+"/providerInfo/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providerInfo/additionalProperties/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
else {
validate279.errors = [{instancePath:instancePath+"/providerInfo",schemaPath:"#/properties/providerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webRtcCallAppearances !== undefined){
let data8 = data.webRtcCallAppearances;
const _errs16 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate279.errors = [{instancePath:instancePath+"/webRtcCallAppearances",schemaPath:"#/properties/webRtcCallAppearances/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs16){
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats14.validate(data8))){
validate279.errors = [{instancePath:instancePath+"/webRtcCallAppearances",schemaPath:"#/properties/webRtcCallAppearances/format",keyword:"format",params:{format: "int32"}}];
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
validate279.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate279.errors = vErrors;
return errors === 0;
}
