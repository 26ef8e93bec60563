import { uri as formats0 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { guardContact$writable as validate164 } from "./contact.writable.js";
import { guardLocation$writable as validate166 } from "./location.writable.js";
import { guardGroup$writable as validate171 } from "./group.writable.js";
import { guardBiography as validate50 } from "./biography.js";
export { validate162 as guardUpdateUser };
const schema147 = {"type":"object","required":["version"],"properties":{"id":false,"name":{"type":"string"},"chat":{"$ref":"#/$defs/Chat"},"department":{"type":"string"},"email":{"type":"string"},"title":{"type":"string"},"username":{"type":"string"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"certifications":{"type":"array","items":{"type":"string"}},"biography":{"$ref":"#/$defs/Biography"},"employerInfo":{"$ref":"#/$defs/EmployerInfo"},"primaryContactInfo":false,"addresses":{"type":"array","items":{"$ref":"#/$defs/Contact$writable"}},"manager":{"type":"string"},"version":{"type":"integer","format":"int32"},"profileSkills":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"$ref":"#/$defs/Location$writable"}},"groups":{"type":"array","items":{"$ref":"#/$defs/Group$writable"}},"state":{"$ref":"#/$defs/UserState"},"acdAutoAnswer":{"type":"boolean"},"selfUri":false},"additionalProperties":false};
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const func2 = Object.prototype.hasOwnProperty;

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate162.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema147.properties, key0))){
validate162.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
var valid0 = false;
validate162.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate162.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
validate162.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.department !== undefined){
const _errs9 = errors;
if(typeof data.department !== "string"){
validate162.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs11 = errors;
if(typeof data.email !== "string"){
validate162.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs13 = errors;
if(typeof data.title !== "string"){
validate162.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs15 = errors;
if(typeof data.username !== "string"){
validate162.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data8 = data.images;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs22 = errors;
if(typeof data9.resolution !== "string"){
validate162.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs22 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs24 = errors;
if(errors === _errs24){
if(errors === _errs24){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate162.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate162.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certifications !== undefined){
let data12 = data.certifications;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data12)){
var valid6 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs28 = errors;
if(typeof data12[i1] !== "string"){
validate162.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs28 === errors;
if(!valid6){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.biography !== undefined){
const _errs30 = errors;
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
const _errs34 = errors;
if(typeof data15.officialName !== "string"){
validate162.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeId !== undefined){
const _errs36 = errors;
if(typeof data15.employeeId !== "string"){
validate162.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeType !== undefined){
const _errs38 = errors;
if(typeof data15.employeeType !== "string"){
validate162.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.dateHire !== undefined){
const _errs40 = errors;
if(typeof data15.dateHire !== "string"){
validate162.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primaryContactInfo !== undefined){
var valid0 = false;
validate162.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data21 = data.addresses;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data21)){
var valid9 = true;
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
const _errs44 = errors;
if(!(validate164(data21[i2], {instancePath:instancePath+"/addresses/" + i2,parentData:data21,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate164.errors;} else {for(const e of validate164.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid9 = _errs44 === errors;
if(!valid9){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
const _errs45 = errors;
if(typeof data.manager !== "string"){
validate162.errors = [{instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data24 = data.version;
const _errs47 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate162.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs47){
if((typeof data24 == "number") && (isFinite(data24))){
if(!(formats14.validate(data24))){
validate162.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileSkills !== undefined){
let data25 = data.profileSkills;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data25)){
var valid10 = true;
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
const _errs51 = errors;
if(typeof data25[i3] !== "string"){
validate162.errors = [{instancePath:instancePath+"/profileSkills/" + i3,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs51 === errors;
if(!valid10){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locations !== undefined){
let data27 = data.locations;
const _errs53 = errors;
if(errors === _errs53){
if(Array.isArray(data27)){
var valid11 = true;
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
const _errs55 = errors;
if(!(validate166(data27[i4], {instancePath:instancePath+"/locations/" + i4,parentData:data27,parentDataProperty:i4,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate166.errors;} else {for(const e of validate166.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid11 = _errs55 === errors;
if(!valid11){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs53 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data29 = data.groups;
const _errs56 = errors;
if(errors === _errs56){
if(Array.isArray(data29)){
var valid12 = true;
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
const _errs58 = errors;
if(!(validate171(data29[i5], {instancePath:instancePath+"/groups/" + i5,parentData:data29,parentDataProperty:i5,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate171.errors;} else {for(const e of validate171.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid12 = _errs58 === errors;
if(!valid12){
break;
}
}
}
else {
validate162.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data31 = data.state;
const _errs59 = errors;
if(typeof data31 !== "string"){
validate162.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data31 === "active") || (data31 === "inactive")) || (data31 === "deleted"))){
validate162.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acdAutoAnswer !== undefined){
const _errs62 = errors;
if(typeof data.acdAutoAnswer !== "boolean"){
validate162.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
var valid0 = false;
validate162.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}}];
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
}
}
}
}
}
}
}
else {
validate162.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate162.errors = vErrors;
return errors === 0;
}
