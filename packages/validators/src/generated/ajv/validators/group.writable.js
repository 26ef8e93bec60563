import { uri as formats0 } from "../../../formats.js";

import { compiledGroupContact$writable as validate172 } from "./group-contact.writable.js";
import { compiledUser$writable as validate174 } from "./user.writable.js";
export { validate321 as compiledGroup$writable };
const schema159 = {"type":"object","required":["name","type","rulesVisible","visibility"],"properties":{"id":false,"name":{"type":"string"},"description":{"type":"string"},"dateModified":false,"memberCount":false,"state":false,"version":false,"type":{"$ref":"#/$defs/GroupType"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"addresses":{"type":"array","items":{"$ref":"#/$defs/GroupContact$writable"}},"rulesVisible":{"type":"boolean"},"visibility":{"$ref":"#/$defs/GroupVisibility"},"rolesEnabled":{"type":"boolean"},"includeOwners":{"type":"boolean"},"callsEnabled":{"type":"boolean"},"owners":{"type":"array","items":{"$ref":"#/$defs/User$writable"}},"selfUri":false}};
const schema48 = {"type":"string","enum":["official","social"]};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema49 = {"type":"string","enum":["public","owners","members"]};

function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rulesVisible === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rulesVisible"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.visibility === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "visibility"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dateModified !== undefined){
const err7 = {instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.memberCount !== undefined){
const err8 = {instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.state !== undefined){
const err9 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.version !== undefined){
const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.type !== undefined){
let data7 = data.type;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data7 === "official") || (data7 === "social"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/enum",keyword:"enum",params:{allowedValues: schema48.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.images !== undefined){
let data8 = data.images;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
if(typeof data9.resolution !== "string"){
const err13 = {instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
if(typeof data11 === "string"){
if(!(formats0(data11))){
const err14 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.addresses !== undefined){
let data12 = data.addresses;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(!(validate172(data12[i1], {instancePath:instancePath+"/addresses/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate172.errors;} else {for(const e of validate172.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.rulesVisible !== undefined){
if(typeof data.rulesVisible !== "boolean"){
const err19 = {instancePath:instancePath+"/rulesVisible",schemaPath:"#/properties/rulesVisible/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.visibility !== undefined){
let data15 = data.visibility;
if(typeof data15 !== "string"){
const err20 = {instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data15 === "public") || (data15 === "owners")) || (data15 === "members"))){
const err21 = {instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/enum",keyword:"enum",params:{allowedValues: schema49.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.rolesEnabled !== undefined){
if(typeof data.rolesEnabled !== "boolean"){
const err22 = {instancePath:instancePath+"/rolesEnabled",schemaPath:"#/properties/rolesEnabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.includeOwners !== undefined){
if(typeof data.includeOwners !== "boolean"){
const err23 = {instancePath:instancePath+"/includeOwners",schemaPath:"#/properties/includeOwners/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.callsEnabled !== undefined){
if(typeof data.callsEnabled !== "boolean"){
const err24 = {instancePath:instancePath+"/callsEnabled",schemaPath:"#/properties/callsEnabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.owners !== undefined){
let data19 = data.owners;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(!(validate174(data19[i2], {instancePath:instancePath+"/owners/" + i2,parentData:data19,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate174.errors;} else {for(const e of validate174.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"}};
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
validate321.errors = vErrors;
return errors === 0;
}
