import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { uri as formats0 } from "../../../formats.js";

import { compiledLocationEmergencyNumber as validate79 } from "./location-emergency-number.js";
import { compiledLocationAddressVerificationDetails as validate81 } from "./location-address-verification-details.js";
export { validate293 as compiledLocationDefinition };
const schema92 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"contactUser":{"$ref":"#/$defs/AddressableEntityRef"},"emergencyNumber":{"$ref":"#/$defs/LocationEmergencyNumber"},"address":{"$ref":"#/$defs/LocationAddress"},"state":{"$ref":"#/$defs/LocationState"},"notes":{"type":"string"},"version":{"type":"integer","format":"int32"},"path":{"type":"array","items":{"type":"string"}},"profileImage":{"type":"array","items":{"$ref":"#/$defs/LocationImage"}},"floorplanImage":{"type":"array","items":{"$ref":"#/$defs/LocationImage"}},"addressVerificationDetails":{"$ref":"#/$defs/LocationAddressVerificationDetails"},"addressVerified":{"type":"boolean"},"addressStored":{"type":"boolean"},"images":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema93 = {"type":"object","properties":{"id":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};
const schema44 = {"type":"string","enum":["active","deleted"]};
const schema98 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.contactUser !== undefined){
let data2 = data.contactUser;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err2 = {instancePath:instancePath+"/contactUser/id",schemaPath:"#/$defs/AddressableEntityRef/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.selfUri !== undefined){
let data4 = data2.selfUri;
if(typeof data4 === "string"){
if(!(formats8(data4))){
const err3 = {instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err4 = {instancePath:instancePath+"/contactUser/selfUri",schemaPath:"#/$defs/AddressableEntityRef/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/contactUser",schemaPath:"#/$defs/AddressableEntityRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.emergencyNumber !== undefined){
if(!(validate79(data.emergencyNumber, {instancePath:instancePath+"/emergencyNumber",parentData:data,parentDataProperty:"emergencyNumber",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate79.errors;} else {for(const e of validate79.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.address !== undefined){
let data6 = data.address;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.city !== undefined){
if(typeof data6.city !== "string"){
const err6 = {instancePath:instancePath+"/address/city",schemaPath:"#/$defs/LocationAddress/properties/city/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.country !== undefined){
if(typeof data6.country !== "string"){
const err7 = {instancePath:instancePath+"/address/country",schemaPath:"#/$defs/LocationAddress/properties/country/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data6.countryName !== undefined){
if(typeof data6.countryName !== "string"){
const err8 = {instancePath:instancePath+"/address/countryName",schemaPath:"#/$defs/LocationAddress/properties/countryName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.state !== undefined){
if(typeof data6.state !== "string"){
const err9 = {instancePath:instancePath+"/address/state",schemaPath:"#/$defs/LocationAddress/properties/state/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.street1 !== undefined){
if(typeof data6.street1 !== "string"){
const err10 = {instancePath:instancePath+"/address/street1",schemaPath:"#/$defs/LocationAddress/properties/street1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.street2 !== undefined){
if(typeof data6.street2 !== "string"){
const err11 = {instancePath:instancePath+"/address/street2",schemaPath:"#/$defs/LocationAddress/properties/street2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.zipcode !== undefined){
if(typeof data6.zipcode !== "string"){
const err12 = {instancePath:instancePath+"/address/zipcode",schemaPath:"#/$defs/LocationAddress/properties/zipcode/type",keyword:"type",params:{type: "string"}};
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
else {
const err13 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/LocationAddress/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.state !== undefined){
let data14 = data.state;
if(typeof data14 !== "string"){
const err14 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data14 === "active") || (data14 === "deleted"))){
const err15 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/LocationState/enum",keyword:"enum",params:{allowedValues: schema44.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.notes !== undefined){
if(typeof data.notes !== "string"){
const err16 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.version !== undefined){
let data16 = data.version;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err17 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(!(formats14.validate(data16))){
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.path !== undefined){
let data17 = data.path;
if(Array.isArray(data17)){
const len0 = data17.length;
for(let i0=0; i0<len0; i0++){
if(typeof data17[i0] !== "string"){
const err19 = {instancePath:instancePath+"/path/" + i0,schemaPath:"#/properties/path/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.profileImage !== undefined){
let data19 = data.profileImage;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.resolution !== undefined){
if(typeof data20.resolution !== "string"){
const err21 = {instancePath:instancePath+"/profileImage/" + i1+"/resolution",schemaPath:"#/$defs/LocationImage/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data20.imageUri !== undefined){
let data22 = data20.imageUri;
if(typeof data22 === "string"){
if(!(formats0(data22))){
const err22 = {instancePath:instancePath+"/profileImage/" + i1+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/profileImage/" + i1+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/profileImage/" + i1,schemaPath:"#/$defs/LocationImage/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/profileImage",schemaPath:"#/properties/profileImage/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.floorplanImage !== undefined){
let data23 = data.floorplanImage;
if(Array.isArray(data23)){
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
let data24 = data23[i2];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.resolution !== undefined){
if(typeof data24.resolution !== "string"){
const err26 = {instancePath:instancePath+"/floorplanImage/" + i2+"/resolution",schemaPath:"#/$defs/LocationImage/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data24.imageUri !== undefined){
let data26 = data24.imageUri;
if(typeof data26 === "string"){
if(!(formats0(data26))){
const err27 = {instancePath:instancePath+"/floorplanImage/" + i2+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/floorplanImage/" + i2+"/imageUri",schemaPath:"#/$defs/LocationImage/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/floorplanImage/" + i2,schemaPath:"#/$defs/LocationImage/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/floorplanImage",schemaPath:"#/properties/floorplanImage/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.addressVerificationDetails !== undefined){
if(!(validate81(data.addressVerificationDetails, {instancePath:instancePath+"/addressVerificationDetails",parentData:data,parentDataProperty:"addressVerificationDetails",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate81.errors;} else {for(const e of validate81.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.addressVerified !== undefined){
if(typeof data.addressVerified !== "boolean"){
const err31 = {instancePath:instancePath+"/addressVerified",schemaPath:"#/properties/addressVerified/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.addressStored !== undefined){
if(typeof data.addressStored !== "boolean"){
const err32 = {instancePath:instancePath+"/addressStored",schemaPath:"#/properties/addressStored/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.images !== undefined){
if(typeof data.images !== "string"){
const err33 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data31 = data.selfUri;
if(typeof data31 === "string"){
if(!(formats8(data31))){
const err34 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate293.errors = vErrors;
return errors === 0;
}
