import { uri as formats0 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

export { validate309 as compiledOrganization };
const schema137 = {"type":"object","required":["version"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"defaultLanguage":{"type":"string"},"defaultCountryCode":{"type":"string"},"thirdPartyOrgName":{"type":"string"},"thirdPartyURI":{"type":"string","format":"uri"},"domain":{"type":"string"},"features":{"type":"object","additionalProperties":{"type":"boolean"}},"version":{"type":"integer","format":"int32"},"state":{"$ref":"#/$defs/OrganizationState"},"defaultSiteId":{"type":"string"},"supportURI":{"type":"string"},"voicemailEnabled":{"type":"boolean"},"productPlatform":{"$ref":"#/$defs/ProductPlatform"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema52 = {"type":"string","enum":["active","inactive","deleted"]};
const schema53 = {"type":"string","enum":["GenesysCloud","PureCloud","PureEngage","PureEngageCloud","PureConnect","PureConnectCloud","Unknown"]};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"}};
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.defaultLanguage !== undefined){
if(typeof data.defaultLanguage !== "string"){
const err3 = {instancePath:instancePath+"/defaultLanguage",schemaPath:"#/properties/defaultLanguage/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.defaultCountryCode !== undefined){
if(typeof data.defaultCountryCode !== "string"){
const err4 = {instancePath:instancePath+"/defaultCountryCode",schemaPath:"#/properties/defaultCountryCode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.thirdPartyOrgName !== undefined){
if(typeof data.thirdPartyOrgName !== "string"){
const err5 = {instancePath:instancePath+"/thirdPartyOrgName",schemaPath:"#/properties/thirdPartyOrgName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.thirdPartyURI !== undefined){
let data5 = data.thirdPartyURI;
if(typeof data5 === "string"){
if(!(formats0(data5))){
const err6 = {instancePath:instancePath+"/thirdPartyURI",schemaPath:"#/properties/thirdPartyURI/format",keyword:"format",params:{format: "uri"}};
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
const err7 = {instancePath:instancePath+"/thirdPartyURI",schemaPath:"#/properties/thirdPartyURI/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.domain !== undefined){
if(typeof data.domain !== "string"){
const err8 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.features !== undefined){
let data7 = data.features;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(typeof data7[key0] !== "boolean"){
const err9 = {instancePath:instancePath+"/features/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/features/additionalProperties/type",keyword:"type",params:{type: "boolean"}};
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
const err10 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.version !== undefined){
let data9 = data.version;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err11 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats14.validate(data9))){
const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.state !== undefined){
let data10 = data.state;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/OrganizationState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((data10 === "active") || (data10 === "inactive")) || (data10 === "deleted"))){
const err14 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/OrganizationState/enum",keyword:"enum",params:{allowedValues: schema52.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.defaultSiteId !== undefined){
if(typeof data.defaultSiteId !== "string"){
const err15 = {instancePath:instancePath+"/defaultSiteId",schemaPath:"#/properties/defaultSiteId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.supportURI !== undefined){
if(typeof data.supportURI !== "string"){
const err16 = {instancePath:instancePath+"/supportURI",schemaPath:"#/properties/supportURI/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.voicemailEnabled !== undefined){
if(typeof data.voicemailEnabled !== "boolean"){
const err17 = {instancePath:instancePath+"/voicemailEnabled",schemaPath:"#/properties/voicemailEnabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.productPlatform !== undefined){
let data14 = data.productPlatform;
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/productPlatform",schemaPath:"#/$defs/ProductPlatform/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((((((data14 === "GenesysCloud") || (data14 === "PureCloud")) || (data14 === "PureEngage")) || (data14 === "PureEngageCloud")) || (data14 === "PureConnect")) || (data14 === "PureConnectCloud")) || (data14 === "Unknown"))){
const err19 = {instancePath:instancePath+"/productPlatform",schemaPath:"#/$defs/ProductPlatform/enum",keyword:"enum",params:{allowedValues: schema53.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data15 = data.selfUri;
if(typeof data15 === "string"){
if(!(formats8(data15))){
const err20 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate309.errors = vErrors;
return errors === 0;
}
