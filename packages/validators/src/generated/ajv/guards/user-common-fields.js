import { uri as formats0 } from "../../../formats.js";

import { guardBiography as validate50 } from "./biography.js";
export { validate49 as guardUserCommonFields };
const schema60 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"chat":{"$ref":"#/$defs/Chat"},"department":{"type":"string"},"email":{"type":"string"},"title":{"type":"string"},"username":{"type":"string"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"certifications":{"type":"array","items":{"type":"string"}},"biography":{"$ref":"#/$defs/Biography"},"employerInfo":{"$ref":"#/$defs/EmployerInfo"}}};
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate49.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate49.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
validate49.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.department !== undefined){
const _errs10 = errors;
if(typeof data.department !== "string"){
validate49.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs12 = errors;
if(typeof data.email !== "string"){
validate49.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs14 = errors;
if(typeof data.title !== "string"){
validate49.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs16 = errors;
if(typeof data.username !== "string"){
validate49.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data8 = data.images;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs23 = errors;
if(typeof data9.resolution !== "string"){
validate49.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate49.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate49.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certifications !== undefined){
let data12 = data.certifications;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data12)){
var valid6 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs29 = errors;
if(typeof data12[i1] !== "string"){
validate49.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.biography !== undefined){
const _errs31 = errors;
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
const _errs35 = errors;
if(typeof data15.officialName !== "string"){
validate49.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeId !== undefined){
const _errs37 = errors;
if(typeof data15.employeeId !== "string"){
validate49.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeType !== undefined){
const _errs39 = errors;
if(typeof data15.employeeType !== "string"){
validate49.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.dateHire !== undefined){
const _errs41 = errors;
if(typeof data15.dateHire !== "string"){
validate49.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs41 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs32 === errors;
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
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}
