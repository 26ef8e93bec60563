import { uri as formats0 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

import { compiledContact$writable as validate164 } from "./contact.writable.js";
import { compiledBiography as validate50 } from "./biography.js";
export { validate325 as compiledUser$writable };
const schema166 = {"type":"object","properties":{"id":false,"name":{"type":"string"},"chat":{"$ref":"#/$defs/Chat"},"department":{"type":"string"},"email":{"type":"string"},"title":{"type":"string"},"username":{"type":"string"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"certifications":{"type":"array","items":{"type":"string"}},"biography":{"$ref":"#/$defs/Biography"},"employerInfo":{"$ref":"#/$defs/EmployerInfo"},"division":{"$ref":"#/$defs/Division$writable"},"primaryContactInfo":false,"addresses":{"type":"array","items":{"$ref":"#/$defs/Contact$writable"}},"state":false,"manager":{"$ref":"#/$defs/User$writable"},"version":{"type":"integer","format":"int32"},"routingStatus":false,"presence":false,"conversationSummary":false,"outOfOffice":false,"geolocation":false,"station":false,"authorization":false,"profileSkills":false,"locations":false,"groups":false,"team":false,"skills":false,"languages":false,"acdAutoAnswer":{"type":"boolean"},"languagePreference":false,"lastTokenIssued":{"$ref":"#/$defs/OAuthLastTokenIssued"},"selfUri":false},"required":["version"]};
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};
const schema170 = {"type":"object","properties":{"id":false,"name":{"type":"string"},"selfUri":false}};
const schema128 = {"type":"object","properties":{"dateIssued":{"type":"string","format":"date-time"}}};

const wrapper6 = {validate: validate174};

function validate174(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
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
if(data.chat !== undefined){
let data2 = data.chat;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
const err3 = {instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.department !== undefined){
if(typeof data.department !== "string"){
const err5 = {instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err8 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
if(typeof data11 === "string"){
if(!(formats0(data11))){
const err10 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.certifications !== undefined){
let data12 = data.certifications;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err14 = {instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.biography !== undefined){
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
if(typeof data15.officialName !== "string"){
const err16 = {instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data15.employeeId !== undefined){
if(typeof data15.employeeId !== "string"){
const err17 = {instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data15.employeeType !== undefined){
if(typeof data15.employeeType !== "string"){
const err18 = {instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data15.dateHire !== undefined){
if(typeof data15.dateHire !== "string"){
const err19 = {instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.division !== undefined){
let data20 = data.division;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
const err21 = {instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division$writable/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err22 = {instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division$writable/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data20.selfUri !== undefined){
const err23 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division$writable/properties/selfUri/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/division",schemaPath:"#/$defs/Division$writable/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.primaryContactInfo !== undefined){
const err25 = {instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.addresses !== undefined){
let data25 = data.addresses;
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
if(!(validate164(data25[i2], {instancePath:instancePath+"/addresses/" + i2,parentData:data25,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate164.errors;} else {for(const e of validate164.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.state !== undefined){
const err27 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.manager !== undefined){
if(!(wrapper6.validate(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper6.validate.errors;} else {for(const e of wrapper6.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.version !== undefined){
let data29 = data.version;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err28 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(!(formats14.validate(data29))){
const err29 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
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
if(data.routingStatus !== undefined){
const err30 = {instancePath:instancePath+"/routingStatus",schemaPath:"#/properties/routingStatus/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.presence !== undefined){
const err31 = {instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.conversationSummary !== undefined){
const err32 = {instancePath:instancePath+"/conversationSummary",schemaPath:"#/properties/conversationSummary/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.outOfOffice !== undefined){
const err33 = {instancePath:instancePath+"/outOfOffice",schemaPath:"#/properties/outOfOffice/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.geolocation !== undefined){
const err34 = {instancePath:instancePath+"/geolocation",schemaPath:"#/properties/geolocation/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.station !== undefined){
const err35 = {instancePath:instancePath+"/station",schemaPath:"#/properties/station/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.authorization !== undefined){
const err36 = {instancePath:instancePath+"/authorization",schemaPath:"#/properties/authorization/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.profileSkills !== undefined){
const err37 = {instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.locations !== undefined){
const err38 = {instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.groups !== undefined){
const err39 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data.team !== undefined){
const err40 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.skills !== undefined){
const err41 = {instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.languages !== undefined){
const err42 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.acdAutoAnswer !== undefined){
if(typeof data.acdAutoAnswer !== "boolean"){
const err43 = {instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.languagePreference !== undefined){
const err44 = {instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data.lastTokenIssued !== undefined){
let data45 = data.lastTokenIssued;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.dateIssued !== undefined){
let data46 = data45.dateIssued;
if(typeof data46 === "string"){
if(!(formats16(data46))){
const err45 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.selfUri !== undefined){
const err48 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate174.errors = vErrors;
return errors === 0;
}

function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
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
if(data.chat !== undefined){
let data2 = data.chat;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
const err3 = {instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.department !== undefined){
if(typeof data.department !== "string"){
const err5 = {instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.email !== undefined){
if(typeof data.email !== "string"){
const err6 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.title !== undefined){
if(typeof data.title !== "string"){
const err7 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.username !== undefined){
if(typeof data.username !== "string"){
const err8 = {instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
const err9 = {instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
if(typeof data11 === "string"){
if(!(formats0(data11))){
const err10 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.certifications !== undefined){
let data12 = data.certifications;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err14 = {instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.biography !== undefined){
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
if(typeof data15.officialName !== "string"){
const err16 = {instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data15.employeeId !== undefined){
if(typeof data15.employeeId !== "string"){
const err17 = {instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data15.employeeType !== undefined){
if(typeof data15.employeeType !== "string"){
const err18 = {instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data15.dateHire !== undefined){
if(typeof data15.dateHire !== "string"){
const err19 = {instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.division !== undefined){
let data20 = data.division;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
const err21 = {instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division$writable/properties/id/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err22 = {instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division$writable/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data20.selfUri !== undefined){
const err23 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division$writable/properties/selfUri/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/division",schemaPath:"#/$defs/Division$writable/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.primaryContactInfo !== undefined){
const err25 = {instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.addresses !== undefined){
let data25 = data.addresses;
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
if(!(validate164(data25[i2], {instancePath:instancePath+"/addresses/" + i2,parentData:data25,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate164.errors;} else {for(const e of validate164.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.state !== undefined){
const err27 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.manager !== undefined){
if(!(validate174(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate174.errors;} else {for(const e of validate174.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.version !== undefined){
let data29 = data.version;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err28 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(!(formats14.validate(data29))){
const err29 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
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
if(data.routingStatus !== undefined){
const err30 = {instancePath:instancePath+"/routingStatus",schemaPath:"#/properties/routingStatus/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.presence !== undefined){
const err31 = {instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.conversationSummary !== undefined){
const err32 = {instancePath:instancePath+"/conversationSummary",schemaPath:"#/properties/conversationSummary/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.outOfOffice !== undefined){
const err33 = {instancePath:instancePath+"/outOfOffice",schemaPath:"#/properties/outOfOffice/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.geolocation !== undefined){
const err34 = {instancePath:instancePath+"/geolocation",schemaPath:"#/properties/geolocation/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data.station !== undefined){
const err35 = {instancePath:instancePath+"/station",schemaPath:"#/properties/station/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data.authorization !== undefined){
const err36 = {instancePath:instancePath+"/authorization",schemaPath:"#/properties/authorization/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data.profileSkills !== undefined){
const err37 = {instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.locations !== undefined){
const err38 = {instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data.groups !== undefined){
const err39 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data.team !== undefined){
const err40 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data.skills !== undefined){
const err41 = {instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.languages !== undefined){
const err42 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data.acdAutoAnswer !== undefined){
if(typeof data.acdAutoAnswer !== "boolean"){
const err43 = {instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.languagePreference !== undefined){
const err44 = {instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data.lastTokenIssued !== undefined){
let data45 = data.lastTokenIssued;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.dateIssued !== undefined){
let data46 = data45.dateIssued;
if(typeof data46 === "string"){
if(!(formats16(data46))){
const err45 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.selfUri !== undefined){
const err48 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate325.errors = vErrors;
return errors === 0;
}
