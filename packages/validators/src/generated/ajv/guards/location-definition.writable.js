import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { guardLocationEmergencyNumber as validate79 } from "./location-emergency-number.js";
export { validate319 as guardLocationDefinition$writable };
const schema155 = {"type":"object","properties":{"id":false,"name":{"type":"string"},"contactUser":{"$ref":"#/$defs/AddressableEntityRef"},"emergencyNumber":{"$ref":"#/$defs/LocationEmergencyNumber"},"address":{"$ref":"#/$defs/LocationAddress"},"state":{"$ref":"#/$defs/LocationState"},"notes":{"type":"string"},"version":{"type":"integer","format":"int32"},"path":false,"profileImage":false,"floorplanImage":false,"addressVerificationDetails":false,"addressVerified":false,"addressStored":false,"images":{"type":"string"},"selfUri":false}};
const schema93 = {"type":"object","properties":{"id":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};
const schema44 = {"type":"string","enum":["active","deleted"]};

function validate319(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate319.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contactUser !== undefined){
let data2 = data.contactUser;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
const _errs6 = errors;
if(typeof data2.id !== "string"){
validate319.errors = [{instancePath:instancePath+"/contactUser/id",schemaPath:"#/$defs/AddressableEntityRef/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.selfUri !== undefined){
let data4 = data2.selfUri;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data4 === "string"){
if(!(formats8(data4))){
validate319.errors = [{instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate319.errors = [{instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate319.errors = [{instancePath:instancePath+"/contactUser",schemaPath:"#/$defs/AddressableEntityRef/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emergencyNumber !== undefined){
const _errs10 = errors;
if(!(validate79(data.emergencyNumber, {instancePath:instancePath+"/emergencyNumber",parentData:data,parentDataProperty:"emergencyNumber",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate79.errors;} else {for(const e of validate79.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.address !== undefined){
let data6 = data.address;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.city !== undefined){
const _errs14 = errors;
if(typeof data6.city !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/city",schemaPath:"#/$defs/LocationAddress/properties/city/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.country !== undefined){
const _errs16 = errors;
if(typeof data6.country !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/country",schemaPath:"#/$defs/LocationAddress/properties/country/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.countryName !== undefined){
const _errs18 = errors;
if(typeof data6.countryName !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/countryName",schemaPath:"#/$defs/LocationAddress/properties/countryName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.state !== undefined){
const _errs20 = errors;
if(typeof data6.state !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/state",schemaPath:"#/$defs/LocationAddress/properties/state/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.street1 !== undefined){
const _errs22 = errors;
if(typeof data6.street1 !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/street1",schemaPath:"#/$defs/LocationAddress/properties/street1/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.street2 !== undefined){
const _errs24 = errors;
if(typeof data6.street2 !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/street2",schemaPath:"#/$defs/LocationAddress/properties/street2/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.zipcode !== undefined){
const _errs26 = errors;
if(typeof data6.zipcode !== "string"){
validate319.errors = [{instancePath:instancePath+"/address/zipcode",schemaPath:"#/$defs/LocationAddress/properties/zipcode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
else {
validate319.errors = [{instancePath:instancePath+"/address",schemaPath:"#/$defs/LocationAddress/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data14 = data.state;
const _errs28 = errors;
if(typeof data14 !== "string"){
validate319.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data14 === "active") || (data14 === "deleted"))){
validate319.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/enum",keyword:"enum",params:{allowedValues: schema44.enum}}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs31 = errors;
if(typeof data.notes !== "string"){
validate319.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data16 = data.version;
const _errs33 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate319.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs33){
if((typeof data16 == "number") && (isFinite(data16))){
if(!(formats14.validate(data16))){
validate319.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileImage !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/profileImage",schemaPath:"#/properties/profileImage/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.floorplanImage !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/floorplanImage",schemaPath:"#/properties/floorplanImage/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressVerificationDetails !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/addressVerificationDetails",schemaPath:"#/properties/addressVerificationDetails/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressVerified !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/addressVerified",schemaPath:"#/properties/addressVerified/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressStored !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/addressStored",schemaPath:"#/properties/addressStored/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
const _errs35 = errors;
if(typeof data.images !== "string"){
validate319.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
var valid0 = false;
validate319.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}}];
return false;
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
validate319.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate319.errors = vErrors;
return errors === 0;
}
