import { uri as formats0 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

import { compiledLocation as validate100 } from "./location.js";
import { compiledGroup as validate103 } from "./group.js";
import { compiledTeam as validate107 } from "./team.js";
import { compiledUserRoutingSkill as validate109 } from "./user-routing-skill.js";
import { compiledUserRoutingLanguage as validate111 } from "./user-routing-language.js";
import { compiledBiography as validate50 } from "./biography.js";
import { compiledContact as validate54 } from "./contact.js";
import { compiledRoutingStatus as validate61 } from "./routing-status.js";
import { compiledUserPresence as validate63 } from "./user-presence.js";
import { compiledUserConversationSummary as validate65 } from "./user-conversation-summary.js";
import { compiledOutOfOffice as validate75 } from "./out-of-office.js";
import { compiledGeolocation as validate77 } from "./geolocation.js";
import { compiledUserStations as validate85 } from "./user-stations.js";
import { compiledUserAuthorization as validate92 } from "./user-authorization.js";
export { validate145 as compiledUser };
const schema75 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"chat":{"$ref":"#/$defs/Chat"},"department":{"type":"string"},"email":{"type":"string"},"title":{"type":"string"},"username":{"type":"string"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"certifications":{"type":"array","items":{"type":"string"}},"biography":{"$ref":"#/$defs/Biography"},"employerInfo":{"$ref":"#/$defs/EmployerInfo"},"division":{"$ref":"#/$defs/Division"},"primaryContactInfo":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"addresses":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"state":{"$ref":"#/$defs/UserState"},"manager":{"$ref":"#/$defs/User"},"version":{"type":"integer","format":"int32"},"routingStatus":{"$ref":"#/$defs/RoutingStatus"},"presence":{"$ref":"#/$defs/UserPresence"},"conversationSummary":{"$ref":"#/$defs/UserConversationSummary"},"outOfOffice":{"$ref":"#/$defs/OutOfOffice"},"geolocation":{"$ref":"#/$defs/Geolocation"},"station":{"$ref":"#/$defs/UserStations"},"authorization":{"$ref":"#/$defs/UserAuthorization"},"profileSkills":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"$ref":"#/$defs/Location"}},"groups":{"type":"array","items":{"$ref":"#/$defs/Group"}},"team":{"$ref":"#/$defs/Team"},"skills":{"type":"array","items":{"$ref":"#/$defs/UserRoutingSkill"}},"languages":{"type":"array","items":{"$ref":"#/$defs/UserRoutingLanguage"}},"acdAutoAnswer":{"type":"boolean"},"languagePreference":{"type":"string"},"lastTokenIssued":{"$ref":"#/$defs/OAuthLastTokenIssued"},"selfUri":{"type":"string","format":"uri-reference"}},"required":["version"]};
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};
const schema70 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const schema128 = {"type":"object","properties":{"dateIssued":{"type":"string","format":"date-time"}}};

const wrapper0 = {validate: validate57};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(typeof data20.id !== "string"){
const err21 = {instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err22 = {instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division/properties/name/type",keyword:"type",params:{type: "string"}};
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
let data23 = data20.selfUri;
if(typeof data23 === "string"){
if(!(formats8(data23))){
const err23 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err24 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/division",schemaPath:"#/$defs/Division/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.primaryContactInfo !== undefined){
let data24 = data.primaryContactInfo;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
if(!(validate54(data24[i2], {instancePath:instancePath+"/primaryContactInfo/" + i2,parentData:data24,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.addresses !== undefined){
let data26 = data.addresses;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
if(!(validate54(data26[i3], {instancePath:instancePath+"/addresses/" + i3,parentData:data26,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.state !== undefined){
let data28 = data.state;
if(typeof data28 !== "string"){
const err28 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data28 === "active") || (data28 === "inactive")) || (data28 === "deleted"))){
const err29 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.manager !== undefined){
if(!(wrapper0.validate(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper0.validate.errors;} else {for(const e of wrapper0.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.version !== undefined){
let data30 = data.version;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err30 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats14.validate(data30))){
const err31 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.routingStatus !== undefined){
if(!(validate61(data.routingStatus, {instancePath:instancePath+"/routingStatus",parentData:data,parentDataProperty:"routingStatus",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate61.errors;} else {for(const e of validate61.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.presence !== undefined){
if(!(validate63(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate63.errors;} else {for(const e of validate63.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.conversationSummary !== undefined){
if(!(validate65(data.conversationSummary, {instancePath:instancePath+"/conversationSummary",parentData:data,parentDataProperty:"conversationSummary",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate65.errors;} else {for(const e of validate65.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.outOfOffice !== undefined){
if(!(validate75(data.outOfOffice, {instancePath:instancePath+"/outOfOffice",parentData:data,parentDataProperty:"outOfOffice",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate75.errors;} else {for(const e of validate75.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.geolocation !== undefined){
if(!(validate77(data.geolocation, {instancePath:instancePath+"/geolocation",parentData:data,parentDataProperty:"geolocation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate77.errors;} else {for(const e of validate77.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.station !== undefined){
if(!(validate85(data.station, {instancePath:instancePath+"/station",parentData:data,parentDataProperty:"station",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate85.errors;} else {for(const e of validate85.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.authorization !== undefined){
if(!(validate92(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate92.errors;} else {for(const e of validate92.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.profileSkills !== undefined){
let data38 = data.profileSkills;
if(Array.isArray(data38)){
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
if(typeof data38[i4] !== "string"){
const err32 = {instancePath:instancePath+"/profileSkills/" + i4,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.locations !== undefined){
let data40 = data.locations;
if(Array.isArray(data40)){
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
if(!(validate100(data40[i5], {instancePath:instancePath+"/locations/" + i5,parentData:data40,parentDataProperty:i5,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate100.errors;} else {for(const e of validate100.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.groups !== undefined){
let data42 = data.groups;
if(Array.isArray(data42)){
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
if(!(validate103(data42[i6], {instancePath:instancePath+"/groups/" + i6,parentData:data42,parentDataProperty:i6,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate103.errors;} else {for(const e of validate103.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.team !== undefined){
if(!(validate107(data.team, {instancePath:instancePath+"/team",parentData:data,parentDataProperty:"team",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate107.errors;} else {for(const e of validate107.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.skills !== undefined){
let data45 = data.skills;
if(Array.isArray(data45)){
const len7 = data45.length;
for(let i7=0; i7<len7; i7++){
if(!(validate109(data45[i7], {instancePath:instancePath+"/skills/" + i7,parentData:data45,parentDataProperty:i7,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate109.errors;} else {for(const e of validate109.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.languages !== undefined){
let data47 = data.languages;
if(Array.isArray(data47)){
const len8 = data47.length;
for(let i8=0; i8<len8; i8++){
if(!(validate111(data47[i8], {instancePath:instancePath+"/languages/" + i8,parentData:data47,parentDataProperty:i8,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate111.errors;} else {for(const e of validate111.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.acdAutoAnswer !== undefined){
if(typeof data.acdAutoAnswer !== "boolean"){
const err38 = {instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.languagePreference !== undefined){
if(typeof data.languagePreference !== "string"){
const err39 = {instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.lastTokenIssued !== undefined){
let data51 = data.lastTokenIssued;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.dateIssued !== undefined){
let data52 = data51.dateIssued;
if(typeof data52 === "string"){
if(!(formats16(data52))){
const err40 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data53 = data.selfUri;
if(typeof data53 === "string"){
if(!(formats8(data53))){
const err43 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(typeof data20.id !== "string"){
const err21 = {instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err22 = {instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division/properties/name/type",keyword:"type",params:{type: "string"}};
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
let data23 = data20.selfUri;
if(typeof data23 === "string"){
if(!(formats8(data23))){
const err23 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
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
const err24 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/type",keyword:"type",params:{type: "string"}};
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
const err25 = {instancePath:instancePath+"/division",schemaPath:"#/$defs/Division/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.primaryContactInfo !== undefined){
let data24 = data.primaryContactInfo;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
if(!(validate54(data24[i2], {instancePath:instancePath+"/primaryContactInfo/" + i2,parentData:data24,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.addresses !== undefined){
let data26 = data.addresses;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
if(!(validate54(data26[i3], {instancePath:instancePath+"/addresses/" + i3,parentData:data26,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.state !== undefined){
let data28 = data.state;
if(typeof data28 !== "string"){
const err28 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data28 === "active") || (data28 === "inactive")) || (data28 === "deleted"))){
const err29 = {instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.manager !== undefined){
if(!(validate57(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.version !== undefined){
let data30 = data.version;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err30 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats14.validate(data30))){
const err31 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.routingStatus !== undefined){
if(!(validate61(data.routingStatus, {instancePath:instancePath+"/routingStatus",parentData:data,parentDataProperty:"routingStatus",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate61.errors;} else {for(const e of validate61.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.presence !== undefined){
if(!(validate63(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate63.errors;} else {for(const e of validate63.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.conversationSummary !== undefined){
if(!(validate65(data.conversationSummary, {instancePath:instancePath+"/conversationSummary",parentData:data,parentDataProperty:"conversationSummary",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate65.errors;} else {for(const e of validate65.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.outOfOffice !== undefined){
if(!(validate75(data.outOfOffice, {instancePath:instancePath+"/outOfOffice",parentData:data,parentDataProperty:"outOfOffice",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate75.errors;} else {for(const e of validate75.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.geolocation !== undefined){
if(!(validate77(data.geolocation, {instancePath:instancePath+"/geolocation",parentData:data,parentDataProperty:"geolocation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate77.errors;} else {for(const e of validate77.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.station !== undefined){
if(!(validate85(data.station, {instancePath:instancePath+"/station",parentData:data,parentDataProperty:"station",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate85.errors;} else {for(const e of validate85.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.authorization !== undefined){
if(!(validate92(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate92.errors;} else {for(const e of validate92.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.profileSkills !== undefined){
let data38 = data.profileSkills;
if(Array.isArray(data38)){
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
if(typeof data38[i4] !== "string"){
const err32 = {instancePath:instancePath+"/profileSkills/" + i4,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.locations !== undefined){
let data40 = data.locations;
if(Array.isArray(data40)){
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
if(!(validate100(data40[i5], {instancePath:instancePath+"/locations/" + i5,parentData:data40,parentDataProperty:i5,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate100.errors;} else {for(const e of validate100.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.groups !== undefined){
let data42 = data.groups;
if(Array.isArray(data42)){
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
if(!(validate103(data42[i6], {instancePath:instancePath+"/groups/" + i6,parentData:data42,parentDataProperty:i6,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate103.errors;} else {for(const e of validate103.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.team !== undefined){
if(!(validate107(data.team, {instancePath:instancePath+"/team",parentData:data,parentDataProperty:"team",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate107.errors;} else {for(const e of validate107.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.skills !== undefined){
let data45 = data.skills;
if(Array.isArray(data45)){
const len7 = data45.length;
for(let i7=0; i7<len7; i7++){
if(!(validate109(data45[i7], {instancePath:instancePath+"/skills/" + i7,parentData:data45,parentDataProperty:i7,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate109.errors;} else {for(const e of validate109.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.languages !== undefined){
let data47 = data.languages;
if(Array.isArray(data47)){
const len8 = data47.length;
for(let i8=0; i8<len8; i8++){
if(!(validate111(data47[i8], {instancePath:instancePath+"/languages/" + i8,parentData:data47,parentDataProperty:i8,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate111.errors;} else {for(const e of validate111.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.acdAutoAnswer !== undefined){
if(typeof data.acdAutoAnswer !== "boolean"){
const err38 = {instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.languagePreference !== undefined){
if(typeof data.languagePreference !== "string"){
const err39 = {instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.lastTokenIssued !== undefined){
let data51 = data.lastTokenIssued;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.dateIssued !== undefined){
let data52 = data51.dateIssued;
if(typeof data52 === "string"){
if(!(formats16(data52))){
const err40 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data53 = data.selfUri;
if(typeof data53 === "string"){
if(!(formats8(data53))){
const err43 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate145.errors = vErrors;
return errors === 0;
}
