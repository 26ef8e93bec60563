import { dateTime as formats16 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { compiledUser as validate57 } from "./user.js";
export { validate279 as compiledUserStation };
const schema103 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"type":{"type":"string"},"associatedUser":{"$ref":"#/$defs/User"},"associatedDate":{"type":"string","format":"date-time"},"defaultUser":{"$ref":"#/$defs/User"},"providerInfo":{"type":"object","additionalProperties":{"type":"string"}},"webRtcCallAppearances":{"type":"integer","format":"int32"}}};

function validate279(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.associatedUser !== undefined){
if(!(validate57(data.associatedUser, {instancePath:instancePath+"/associatedUser",parentData:data,parentDataProperty:"associatedUser",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.associatedDate !== undefined){
let data4 = data.associatedDate;
if(typeof data4 === "string"){
if(!(formats16(data4))){
const err3 = {instancePath:instancePath+"/associatedDate",schemaPath:"#/properties/associatedDate/format",keyword:"format",params:{format: "date-time"}};
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
const err4 = {instancePath:instancePath+"/associatedDate",schemaPath:"#/properties/associatedDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaultUser !== undefined){
if(!(validate57(data.defaultUser, {instancePath:instancePath+"/defaultUser",parentData:data,parentDataProperty:"defaultUser",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.providerInfo !== undefined){
let data6 = data.providerInfo;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
if(typeof data6[key0] !== "string"){
const err5 = {instancePath:instancePath+"/providerInfo/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providerInfo/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/providerInfo",schemaPath:"#/properties/providerInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.webRtcCallAppearances !== undefined){
let data8 = data.webRtcCallAppearances;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err7 = {instancePath:instancePath+"/webRtcCallAppearances",schemaPath:"#/properties/webRtcCallAppearances/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats14.validate(data8))){
const err8 = {instancePath:instancePath+"/webRtcCallAppearances",schemaPath:"#/properties/webRtcCallAppearances/format",keyword:"format",params:{format: "int32"}};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate279.errors = vErrors;
return errors === 0;
}
