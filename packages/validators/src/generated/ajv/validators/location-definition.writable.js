import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { compiledLocationEmergencyNumber as validate79 } from "./location-emergency-number.js";
export { validate319 as compiledLocationDefinition$writable };
const schema155 = {"type":"object","properties":{"id":false,"name":{"type":"string"},"contactUser":{"$ref":"#/$defs/AddressableEntityRef"},"emergencyNumber":{"$ref":"#/$defs/LocationEmergencyNumber"},"address":{"$ref":"#/$defs/LocationAddress"},"state":{"$ref":"#/$defs/LocationState"},"notes":{"type":"string"},"version":{"type":"integer","format":"int32"},"path":false,"profileImage":false,"floorplanImage":false,"addressVerificationDetails":false,"addressVerified":false,"addressStored":false,"images":{"type":"string"},"selfUri":false}};
const schema93 = {"type":"object","properties":{"id":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};
const schema44 = {"type":"string","enum":["active","deleted"]};

function validate319(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
const err19 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.profileImage !== undefined){
const err20 = {instancePath:instancePath+"/profileImage",schemaPath:"#/properties/profileImage/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.floorplanImage !== undefined){
const err21 = {instancePath:instancePath+"/floorplanImage",schemaPath:"#/properties/floorplanImage/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.addressVerificationDetails !== undefined){
const err22 = {instancePath:instancePath+"/addressVerificationDetails",schemaPath:"#/properties/addressVerificationDetails/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.addressVerified !== undefined){
const err23 = {instancePath:instancePath+"/addressVerified",schemaPath:"#/properties/addressVerified/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.addressStored !== undefined){
const err24 = {instancePath:instancePath+"/addressStored",schemaPath:"#/properties/addressStored/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.images !== undefined){
if(typeof data.images !== "string"){
const err25 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.selfUri !== undefined){
const err26 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate319.errors = vErrors;
return errors === 0;
}
