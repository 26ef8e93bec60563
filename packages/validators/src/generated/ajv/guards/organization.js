import { uri as formats0 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

export { validate309 as guardOrganization };
const schema137 = {"type":"object","required":["version"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"defaultLanguage":{"type":"string"},"defaultCountryCode":{"type":"string"},"thirdPartyOrgName":{"type":"string"},"thirdPartyURI":{"type":"string","format":"uri"},"domain":{"type":"string"},"features":{"type":"object","additionalProperties":{"type":"boolean"}},"version":{"type":"integer","format":"int32"},"state":{"$ref":"#/$defs/OrganizationState"},"defaultSiteId":{"type":"string"},"supportURI":{"type":"string"},"voicemailEnabled":{"type":"boolean"},"productPlatform":{"$ref":"#/$defs/ProductPlatform"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema52 = {"type":"string","enum":["active","inactive","deleted"]};
const schema53 = {"type":"string","enum":["GenesysCloud","PureCloud","PureEngage","PureEngageCloud","PureConnect","PureConnectCloud","Unknown"]};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate309.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate309.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate309.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultLanguage !== undefined){
const _errs5 = errors;
if(typeof data.defaultLanguage !== "string"){
validate309.errors = [{instancePath:instancePath+"/defaultLanguage",schemaPath:"#/properties/defaultLanguage/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultCountryCode !== undefined){
const _errs7 = errors;
if(typeof data.defaultCountryCode !== "string"){
validate309.errors = [{instancePath:instancePath+"/defaultCountryCode",schemaPath:"#/properties/defaultCountryCode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thirdPartyOrgName !== undefined){
const _errs9 = errors;
if(typeof data.thirdPartyOrgName !== "string"){
validate309.errors = [{instancePath:instancePath+"/thirdPartyOrgName",schemaPath:"#/properties/thirdPartyOrgName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.thirdPartyURI !== undefined){
let data5 = data.thirdPartyURI;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data5 === "string"){
if(!(formats0(data5))){
validate309.errors = [{instancePath:instancePath+"/thirdPartyURI",schemaPath:"#/properties/thirdPartyURI/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate309.errors = [{instancePath:instancePath+"/thirdPartyURI",schemaPath:"#/properties/thirdPartyURI/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.domain !== undefined){
const _errs13 = errors;
if(typeof data.domain !== "string"){
validate309.errors = [{instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.features !== undefined){
let data7 = data.features;
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
const _errs18 = errors;
if(typeof data7[key0] !== "boolean"){
validate309.errors = [{instancePath:instancePath+"/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid1 = _errs18 === errors;
if(!valid1){
break;
}
}
}
else {
validate309.errors = [{instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data9 = data.version;
const _errs20 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate309.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs20){
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats14.validate(data9))){
validate309.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data10 = data.state;
const _errs22 = errors;
if(typeof data10 !== "string"){
validate309.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/OrganizationState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data10 === "active") || (data10 === "inactive")) || (data10 === "deleted"))){
validate309.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/OrganizationState/enum",keyword:"enum",params:{allowedValues: schema52.enum}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultSiteId !== undefined){
const _errs25 = errors;
if(typeof data.defaultSiteId !== "string"){
validate309.errors = [{instancePath:instancePath+"/defaultSiteId",schemaPath:"#/properties/defaultSiteId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.supportURI !== undefined){
const _errs27 = errors;
if(typeof data.supportURI !== "string"){
validate309.errors = [{instancePath:instancePath+"/supportURI",schemaPath:"#/properties/supportURI/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.voicemailEnabled !== undefined){
const _errs29 = errors;
if(typeof data.voicemailEnabled !== "boolean"){
validate309.errors = [{instancePath:instancePath+"/voicemailEnabled",schemaPath:"#/properties/voicemailEnabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.productPlatform !== undefined){
let data14 = data.productPlatform;
const _errs31 = errors;
if(typeof data14 !== "string"){
validate309.errors = [{instancePath:instancePath+"/productPlatform",schemaPath:"#/$defs/ProductPlatform/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data14 === "GenesysCloud") || (data14 === "PureCloud")) || (data14 === "PureEngage")) || (data14 === "PureEngageCloud")) || (data14 === "PureConnect")) || (data14 === "PureConnectCloud")) || (data14 === "Unknown"))){
validate309.errors = [{instancePath:instancePath+"/productPlatform",schemaPath:"#/$defs/ProductPlatform/enum",keyword:"enum",params:{allowedValues: schema53.enum}}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data15 = data.selfUri;
const _errs34 = errors;
if(errors === _errs34){
if(errors === _errs34){
if(typeof data15 === "string"){
if(!(formats8(data15))){
validate309.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate309.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs34 === errors;
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
}
}
}
}
}
else {
validate309.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate309.errors = vErrors;
return errors === 0;
}
