import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { uri as formats0 } from "../../../formats.js";

import { guardLocationEmergencyNumber as validate79 } from "./location-emergency-number.js";
import { guardLocationAddressVerificationDetails as validate81 } from "./location-address-verification-details.js";
export { validate293 as guardLocationDefinition };
const schema92 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"contactUser":{"$ref":"#/$defs/AddressableEntityRef"},"emergencyNumber":{"$ref":"#/$defs/LocationEmergencyNumber"},"address":{"$ref":"#/$defs/LocationAddress"},"state":{"$ref":"#/$defs/LocationState"},"notes":{"type":"string"},"version":{"type":"integer","format":"int32"},"path":{"type":"array","items":{"type":"string"}},"profileImage":{"type":"array","items":{"$ref":"#/$defs/LocationImage"}},"floorplanImage":{"type":"array","items":{"$ref":"#/$defs/LocationImage"}},"addressVerificationDetails":{"$ref":"#/$defs/LocationAddressVerificationDetails"},"addressVerified":{"type":"boolean"},"addressStored":{"type":"boolean"},"images":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema93 = {"type":"object","properties":{"id":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};
const schema44 = {"type":"string","enum":["active","deleted"]};
const schema98 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate293.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate293.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contactUser !== undefined){
let data2 = data.contactUser;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
const _errs8 = errors;
if(typeof data2.id !== "string"){
validate293.errors = [{instancePath:instancePath+"/contactUser/id",schemaPath:"#/$defs/AddressableEntityRef/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.selfUri !== undefined){
let data4 = data2.selfUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats8(data4))){
validate293.errors = [{instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate293.errors = [{instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid2 = _errs10 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/contactUser",schemaPath:"#/$defs/AddressableEntityRef/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emergencyNumber !== undefined){
const _errs12 = errors;
if(!(validate79(data.emergencyNumber, {instancePath:instancePath+"/emergencyNumber",parentData:data,parentDataProperty:"emergencyNumber",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate79.errors;} else {for(const e of validate79.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.address !== undefined){
let data6 = data.address;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.city !== undefined){
const _errs16 = errors;
if(typeof data6.city !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/city",schemaPath:"#/$defs/LocationAddress/properties/city/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.country !== undefined){
const _errs18 = errors;
if(typeof data6.country !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/country",schemaPath:"#/$defs/LocationAddress/properties/country/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.countryName !== undefined){
const _errs20 = errors;
if(typeof data6.countryName !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/countryName",schemaPath:"#/$defs/LocationAddress/properties/countryName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.state !== undefined){
const _errs22 = errors;
if(typeof data6.state !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/state",schemaPath:"#/$defs/LocationAddress/properties/state/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs22 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.street1 !== undefined){
const _errs24 = errors;
if(typeof data6.street1 !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/street1",schemaPath:"#/$defs/LocationAddress/properties/street1/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.street2 !== undefined){
const _errs26 = errors;
if(typeof data6.street2 !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/street2",schemaPath:"#/$defs/LocationAddress/properties/street2/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs26 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data6.zipcode !== undefined){
const _errs28 = errors;
if(typeof data6.zipcode !== "string"){
validate293.errors = [{instancePath:instancePath+"/address/zipcode",schemaPath:"#/$defs/LocationAddress/properties/zipcode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs28 === errors;
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
validate293.errors = [{instancePath:instancePath+"/address",schemaPath:"#/$defs/LocationAddress/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data14 = data.state;
const _errs30 = errors;
if(typeof data14 !== "string"){
validate293.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data14 === "active") || (data14 === "deleted"))){
validate293.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/enum",keyword:"enum",params:{allowedValues: schema44.enum}}];
return false;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notes !== undefined){
const _errs33 = errors;
if(typeof data.notes !== "string"){
validate293.errors = [{instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data16 = data.version;
const _errs35 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate293.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs35){
if((typeof data16 == "number") && (isFinite(data16))){
if(!(formats14.validate(data16))){
validate293.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.path !== undefined){
let data17 = data.path;
const _errs37 = errors;
if(errors === _errs37){
if(Array.isArray(data17)){
var valid6 = true;
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
const _errs39 = errors;
if(typeof data17[i0] !== "string"){
validate293.errors = [{instancePath:instancePath+"/path/" + i0,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs39 === errors;
if(!valid6){
break;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileImage !== undefined){
let data19 = data.profileImage;
const _errs41 = errors;
if(errors === _errs41){
if(Array.isArray(data19)){
var valid7 = true;
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.resolution !== undefined){
const _errs46 = errors;
if(typeof data20.resolution !== "string"){
validate293.errors = [{instancePath:instancePath+"/profileImage/" + i1+"/resolution",schemaPath:"#/$defs/LocationImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid9 = _errs46 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data20.imageUri !== undefined){
let data22 = data20.imageUri;
const _errs48 = errors;
if(errors === _errs48){
if(errors === _errs48){
if(typeof data22 === "string"){
if(!(formats0(data22))){
validate293.errors = [{instancePath:instancePath+"/profileImage/" + i1+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate293.errors = [{instancePath:instancePath+"/profileImage/" + i1+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid9 = _errs48 === errors;
}
else {
var valid9 = true;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/profileImage/" + i1,schemaPath:"#/$defs/LocationImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid7 = _errs43 === errors;
if(!valid7){
break;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/profileImage",schemaPath:"#/properties/profileImage/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.floorplanImage !== undefined){
let data23 = data.floorplanImage;
const _errs50 = errors;
if(errors === _errs50){
if(Array.isArray(data23)){
var valid10 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.resolution !== undefined){
const _errs55 = errors;
if(typeof data24.resolution !== "string"){
validate293.errors = [{instancePath:instancePath+"/floorplanImage/" + i2+"/resolution",schemaPath:"#/$defs/LocationImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid12 = _errs55 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data24.imageUri !== undefined){
let data26 = data24.imageUri;
const _errs57 = errors;
if(errors === _errs57){
if(errors === _errs57){
if(typeof data26 === "string"){
if(!(formats0(data26))){
validate293.errors = [{instancePath:instancePath+"/floorplanImage/" + i2+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate293.errors = [{instancePath:instancePath+"/floorplanImage/" + i2+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid12 = _errs57 === errors;
}
else {
var valid12 = true;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/floorplanImage/" + i2,schemaPath:"#/$defs/LocationImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid10 = _errs52 === errors;
if(!valid10){
break;
}
}
}
else {
validate293.errors = [{instancePath:instancePath+"/floorplanImage",schemaPath:"#/properties/floorplanImage/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressVerificationDetails !== undefined){
const _errs59 = errors;
if(!(validate81(data.addressVerificationDetails, {instancePath:instancePath+"/addressVerificationDetails",parentData:data,parentDataProperty:"addressVerificationDetails",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate81.errors;} else {for(const e of validate81.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressVerified !== undefined){
const _errs60 = errors;
if(typeof data.addressVerified !== "boolean"){
validate293.errors = [{instancePath:instancePath+"/addressVerified",schemaPath:"#/properties/addressVerified/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addressStored !== undefined){
const _errs62 = errors;
if(typeof data.addressStored !== "boolean"){
validate293.errors = [{instancePath:instancePath+"/addressStored",schemaPath:"#/properties/addressStored/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
const _errs64 = errors;
if(typeof data.images !== "string"){
validate293.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data31 = data.selfUri;
const _errs66 = errors;
if(errors === _errs66){
if(errors === _errs66){
if(typeof data31 === "string"){
if(!(formats8(data31))){
validate293.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate293.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs66 === errors;
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
validate293.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate293.errors = vErrors;
return errors === 0;
}
