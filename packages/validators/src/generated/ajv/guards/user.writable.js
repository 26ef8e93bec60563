import { uri as formats0 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

import { guardContact$writable as validate164 } from "./contact.writable.js";
import { guardBiography as validate50 } from "./biography.js";
export { validate325 as guardUser$writable };
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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate174.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate174.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
validate174.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.department !== undefined){
const _errs8 = errors;
if(typeof data.department !== "string"){
validate174.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs10 = errors;
if(typeof data.email !== "string"){
validate174.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs12 = errors;
if(typeof data.title !== "string"){
validate174.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs14 = errors;
if(typeof data.username !== "string"){
validate174.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data8 = data.images;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs21 = errors;
if(typeof data9.resolution !== "string"){
validate174.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate174.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate174.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certifications !== undefined){
let data12 = data.certifications;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data12)){
var valid6 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs27 = errors;
if(typeof data12[i1] !== "string"){
validate174.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.biography !== undefined){
const _errs29 = errors;
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
const _errs33 = errors;
if(typeof data15.officialName !== "string"){
validate174.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs33 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeId !== undefined){
const _errs35 = errors;
if(typeof data15.employeeId !== "string"){
validate174.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeType !== undefined){
const _errs37 = errors;
if(typeof data15.employeeType !== "string"){
validate174.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.dateHire !== undefined){
const _errs39 = errors;
if(typeof data15.dateHire !== "string"){
validate174.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.division !== undefined){
let data20 = data.division;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
var valid10 = false;
validate174.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division$writable/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.name !== undefined){
const _errs44 = errors;
if(typeof data20.name !== "string"){
validate174.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division$writable/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.selfUri !== undefined){
var valid10 = false;
validate174.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division$writable/properties/selfUri/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/Division$writable/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primaryContactInfo !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data25 = data.addresses;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data25)){
var valid11 = true;
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
const _errs48 = errors;
if(!(validate164(data25[i2], {instancePath:instancePath+"/addresses/" + i2,parentData:data25,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate164.errors;} else {for(const e of validate164.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid11 = _errs48 === errors;
if(!valid11){
break;
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
const _errs49 = errors;
if(!(wrapper6.validate(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper6.validate.errors;} else {for(const e of wrapper6.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data29 = data.version;
const _errs50 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate174.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs50){
if((typeof data29 == "number") && (isFinite(data29))){
if(!(formats14.validate(data29))){
validate174.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.routingStatus !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/routingStatus",schemaPath:"#/properties/routingStatus/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversationSummary !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/conversationSummary",schemaPath:"#/properties/conversationSummary/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outOfOffice !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/outOfOffice",schemaPath:"#/properties/outOfOffice/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.geolocation !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/geolocation",schemaPath:"#/properties/geolocation/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.station !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/station",schemaPath:"#/properties/station/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/authorization",schemaPath:"#/properties/authorization/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileSkills !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locations !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skills !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languages !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acdAutoAnswer !== undefined){
const _errs52 = errors;
if(typeof data.acdAutoAnswer !== "boolean"){
validate174.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languagePreference !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastTokenIssued !== undefined){
let data45 = data.lastTokenIssued;
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.dateIssued !== undefined){
let data46 = data45.dateIssued;
const _errs57 = errors;
if(errors === _errs57){
if(errors === _errs57){
if(typeof data46 === "string"){
if(!(formats16(data46))){
validate174.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate174.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate174.errors = [{instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
var valid0 = false;
validate174.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}}];
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
validate174.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate174.errors = vErrors;
return errors === 0;
}

function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate325.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate325.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chat !== undefined){
let data2 = data.chat;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.jabberId !== undefined){
if(typeof data2.jabberId !== "string"){
validate325.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.department !== undefined){
const _errs8 = errors;
if(typeof data.department !== "string"){
validate325.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
const _errs10 = errors;
if(typeof data.email !== "string"){
validate325.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
const _errs12 = errors;
if(typeof data.title !== "string"){
validate325.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs14 = errors;
if(typeof data.username !== "string"){
validate325.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data8 = data.images;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs21 = errors;
if(typeof data9.resolution !== "string"){
validate325.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs23 = errors;
if(errors === _errs23){
if(errors === _errs23){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate325.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate325.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs18 === errors;
if(!valid3){
break;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certifications !== undefined){
let data12 = data.certifications;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data12)){
var valid6 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs27 = errors;
if(typeof data12[i1] !== "string"){
validate325.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.biography !== undefined){
const _errs29 = errors;
if(!(validate50(data.biography, {instancePath:instancePath+"/biography",parentData:data,parentDataProperty:"biography",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate50.errors;} else {for(const e of validate50.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employerInfo !== undefined){
let data15 = data.employerInfo;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.officialName !== undefined){
const _errs33 = errors;
if(typeof data15.officialName !== "string"){
validate325.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs33 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeId !== undefined){
const _errs35 = errors;
if(typeof data15.employeeId !== "string"){
validate325.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs35 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.employeeType !== undefined){
const _errs37 = errors;
if(typeof data15.employeeType !== "string"){
validate325.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs37 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data15.dateHire !== undefined){
const _errs39 = errors;
if(typeof data15.dateHire !== "string"){
validate325.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.division !== undefined){
let data20 = data.division;
const _errs41 = errors;
const _errs42 = errors;
if(errors === _errs42){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
var valid10 = false;
validate325.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division$writable/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.name !== undefined){
const _errs44 = errors;
if(typeof data20.name !== "string"){
validate325.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division$writable/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs44 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.selfUri !== undefined){
var valid10 = false;
validate325.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division$writable/properties/selfUri/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid10 = true;
}
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/Division$writable/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primaryContactInfo !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data25 = data.addresses;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data25)){
var valid11 = true;
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
const _errs48 = errors;
if(!(validate164(data25[i2], {instancePath:instancePath+"/addresses/" + i2,parentData:data25,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate164.errors;} else {for(const e of validate164.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid11 = _errs48 === errors;
if(!valid11){
break;
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
const _errs49 = errors;
if(!(validate174(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate174.errors;} else {for(const e of validate174.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data29 = data.version;
const _errs50 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate325.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs50){
if((typeof data29 == "number") && (isFinite(data29))){
if(!(formats14.validate(data29))){
validate325.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.routingStatus !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/routingStatus",schemaPath:"#/properties/routingStatus/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversationSummary !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/conversationSummary",schemaPath:"#/properties/conversationSummary/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outOfOffice !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/outOfOffice",schemaPath:"#/properties/outOfOffice/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.geolocation !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/geolocation",schemaPath:"#/properties/geolocation/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.station !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/station",schemaPath:"#/properties/station/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/authorization",schemaPath:"#/properties/authorization/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileSkills !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locations !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/team",schemaPath:"#/properties/team/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skills !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languages !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acdAutoAnswer !== undefined){
const _errs52 = errors;
if(typeof data.acdAutoAnswer !== "boolean"){
validate325.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languagePreference !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastTokenIssued !== undefined){
let data45 = data.lastTokenIssued;
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.dateIssued !== undefined){
let data46 = data45.dateIssued;
const _errs57 = errors;
if(errors === _errs57){
if(errors === _errs57){
if(typeof data46 === "string"){
if(!(formats16(data46))){
validate325.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate325.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate325.errors = [{instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
var valid0 = false;
validate325.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}}];
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
validate325.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate325.errors = vErrors;
return errors === 0;
}
