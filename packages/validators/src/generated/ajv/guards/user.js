import { uri as formats0 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

import { guardLocation as validate100 } from "./location.js";
import { guardGroup as validate103 } from "./group.js";
import { guardTeam as validate107 } from "./team.js";
import { guardUserRoutingSkill as validate109 } from "./user-routing-skill.js";
import { guardUserRoutingLanguage as validate111 } from "./user-routing-language.js";
import { guardBiography as validate50 } from "./biography.js";
import { guardContact as validate54 } from "./contact.js";
import { guardRoutingStatus as validate61 } from "./routing-status.js";
import { guardUserPresence as validate63 } from "./user-presence.js";
import { guardUserConversationSummary as validate65 } from "./user-conversation-summary.js";
import { guardOutOfOffice as validate75 } from "./out-of-office.js";
import { guardGeolocation as validate77 } from "./geolocation.js";
import { guardUserStations as validate85 } from "./user-stations.js";
import { guardUserAuthorization as validate92 } from "./user-authorization.js";
export { validate145 as guardUser };
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
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate57.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate57.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
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
validate57.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
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
validate57.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
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
validate57.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
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
validate57.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
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
validate57.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.division !== undefined){
let data20 = data.division;
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
const _errs46 = errors;
if(typeof data20.id !== "string"){
validate57.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.name !== undefined){
const _errs48 = errors;
if(typeof data20.name !== "string"){
validate57.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.selfUri !== undefined){
let data23 = data20.selfUri;
const _errs50 = errors;
if(errors === _errs50){
if(errors === _errs50){
if(typeof data23 === "string"){
if(!(formats8(data23))){
validate57.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/Division/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primaryContactInfo !== undefined){
let data24 = data.primaryContactInfo;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data24)){
var valid11 = true;
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
const _errs54 = errors;
if(!(validate54(data24[i2], {instancePath:instancePath+"/primaryContactInfo/" + i2,parentData:data24,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid11 = _errs54 === errors;
if(!valid11){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data26 = data.addresses;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data26)){
var valid12 = true;
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
const _errs57 = errors;
if(!(validate54(data26[i3], {instancePath:instancePath+"/addresses/" + i3,parentData:data26,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid12 = _errs57 === errors;
if(!valid12){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data28 = data.state;
const _errs58 = errors;
if(typeof data28 !== "string"){
validate57.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data28 === "active") || (data28 === "inactive")) || (data28 === "deleted"))){
validate57.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
const _errs61 = errors;
if(!(wrapper0.validate(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper0.validate.errors;} else {for(const e of wrapper0.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data30 = data.version;
const _errs62 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate57.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs62){
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats14.validate(data30))){
validate57.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.routingStatus !== undefined){
const _errs64 = errors;
if(!(validate61(data.routingStatus, {instancePath:instancePath+"/routingStatus",parentData:data,parentDataProperty:"routingStatus",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate61.errors;} else {for(const e of validate61.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence !== undefined){
const _errs65 = errors;
if(!(validate63(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate63.errors;} else {for(const e of validate63.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversationSummary !== undefined){
const _errs66 = errors;
if(!(validate65(data.conversationSummary, {instancePath:instancePath+"/conversationSummary",parentData:data,parentDataProperty:"conversationSummary",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate65.errors;} else {for(const e of validate65.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outOfOffice !== undefined){
const _errs67 = errors;
if(!(validate75(data.outOfOffice, {instancePath:instancePath+"/outOfOffice",parentData:data,parentDataProperty:"outOfOffice",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate75.errors;} else {for(const e of validate75.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.geolocation !== undefined){
const _errs68 = errors;
if(!(validate77(data.geolocation, {instancePath:instancePath+"/geolocation",parentData:data,parentDataProperty:"geolocation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate77.errors;} else {for(const e of validate77.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.station !== undefined){
const _errs69 = errors;
if(!(validate85(data.station, {instancePath:instancePath+"/station",parentData:data,parentDataProperty:"station",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate85.errors;} else {for(const e of validate85.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization !== undefined){
const _errs70 = errors;
if(!(validate92(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate92.errors;} else {for(const e of validate92.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileSkills !== undefined){
let data38 = data.profileSkills;
const _errs71 = errors;
if(errors === _errs71){
if(Array.isArray(data38)){
var valid14 = true;
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
const _errs73 = errors;
if(typeof data38[i4] !== "string"){
validate57.errors = [{instancePath:instancePath+"/profileSkills/" + i4,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs73 === errors;
if(!valid14){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locations !== undefined){
let data40 = data.locations;
const _errs75 = errors;
if(errors === _errs75){
if(Array.isArray(data40)){
var valid15 = true;
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
const _errs77 = errors;
if(!(validate100(data40[i5], {instancePath:instancePath+"/locations/" + i5,parentData:data40,parentDataProperty:i5,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate100.errors;} else {for(const e of validate100.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid15 = _errs77 === errors;
if(!valid15){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data42 = data.groups;
const _errs78 = errors;
if(errors === _errs78){
if(Array.isArray(data42)){
var valid16 = true;
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
const _errs80 = errors;
if(!(validate103(data42[i6], {instancePath:instancePath+"/groups/" + i6,parentData:data42,parentDataProperty:i6,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate103.errors;} else {for(const e of validate103.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid16 = _errs80 === errors;
if(!valid16){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
const _errs81 = errors;
if(!(validate107(data.team, {instancePath:instancePath+"/team",parentData:data,parentDataProperty:"team",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate107.errors;} else {for(const e of validate107.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skills !== undefined){
let data45 = data.skills;
const _errs82 = errors;
if(errors === _errs82){
if(Array.isArray(data45)){
var valid17 = true;
const len7 = data45.length;
for(let i7=0; i7<len7; i7++){
const _errs84 = errors;
if(!(validate109(data45[i7], {instancePath:instancePath+"/skills/" + i7,parentData:data45,parentDataProperty:i7,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate109.errors;} else {for(const e of validate109.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid17 = _errs84 === errors;
if(!valid17){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languages !== undefined){
let data47 = data.languages;
const _errs85 = errors;
if(errors === _errs85){
if(Array.isArray(data47)){
var valid18 = true;
const len8 = data47.length;
for(let i8=0; i8<len8; i8++){
const _errs87 = errors;
if(!(validate111(data47[i8], {instancePath:instancePath+"/languages/" + i8,parentData:data47,parentDataProperty:i8,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate111.errors;} else {for(const e of validate111.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid18 = _errs87 === errors;
if(!valid18){
break;
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acdAutoAnswer !== undefined){
const _errs88 = errors;
if(typeof data.acdAutoAnswer !== "boolean"){
validate57.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languagePreference !== undefined){
const _errs90 = errors;
if(typeof data.languagePreference !== "string"){
validate57.errors = [{instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastTokenIssued !== undefined){
let data51 = data.lastTokenIssued;
const _errs92 = errors;
const _errs93 = errors;
if(errors === _errs93){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.dateIssued !== undefined){
let data52 = data51.dateIssued;
const _errs95 = errors;
if(errors === _errs95){
if(errors === _errs95){
if(typeof data52 === "string"){
if(!(formats16(data52))){
validate57.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate57.errors = [{instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs92 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data53 = data.selfUri;
const _errs97 = errors;
if(errors === _errs97){
if(errors === _errs97){
if(typeof data53 === "string"){
if(!(formats8(data53))){
validate57.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate57.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs97 === errors;
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
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate145.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate145.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
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
validate145.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
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
validate145.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
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
validate145.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
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
validate145.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
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
validate145.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.division !== undefined){
let data20 = data.division;
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.id !== undefined){
const _errs46 = errors;
if(typeof data20.id !== "string"){
validate145.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs46 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.name !== undefined){
const _errs48 = errors;
if(typeof data20.name !== "string"){
validate145.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid10 = _errs48 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data20.selfUri !== undefined){
let data23 = data20.selfUri;
const _errs50 = errors;
if(errors === _errs50){
if(errors === _errs50){
if(typeof data23 === "string"){
if(!(formats8(data23))){
validate145.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid10 = _errs50 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/Division/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primaryContactInfo !== undefined){
let data24 = data.primaryContactInfo;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data24)){
var valid11 = true;
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
const _errs54 = errors;
if(!(validate54(data24[i2], {instancePath:instancePath+"/primaryContactInfo/" + i2,parentData:data24,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid11 = _errs54 === errors;
if(!valid11){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data26 = data.addresses;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data26)){
var valid12 = true;
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
const _errs57 = errors;
if(!(validate54(data26[i3], {instancePath:instancePath+"/addresses/" + i3,parentData:data26,parentDataProperty:i3,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate54.errors;} else {for(const e of validate54.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid12 = _errs57 === errors;
if(!valid12){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data28 = data.state;
const _errs58 = errors;
if(typeof data28 !== "string"){
validate145.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data28 === "active") || (data28 === "inactive")) || (data28 === "deleted"))){
validate145.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.manager !== undefined){
const _errs61 = errors;
if(!(validate57(data.manager, {instancePath:instancePath+"/manager",parentData:data,parentDataProperty:"manager",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data30 = data.version;
const _errs62 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate145.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs62){
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats14.validate(data30))){
validate145.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.routingStatus !== undefined){
const _errs64 = errors;
if(!(validate61(data.routingStatus, {instancePath:instancePath+"/routingStatus",parentData:data,parentDataProperty:"routingStatus",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate61.errors;} else {for(const e of validate61.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presence !== undefined){
const _errs65 = errors;
if(!(validate63(data.presence, {instancePath:instancePath+"/presence",parentData:data,parentDataProperty:"presence",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate63.errors;} else {for(const e of validate63.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversationSummary !== undefined){
const _errs66 = errors;
if(!(validate65(data.conversationSummary, {instancePath:instancePath+"/conversationSummary",parentData:data,parentDataProperty:"conversationSummary",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate65.errors;} else {for(const e of validate65.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs66 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outOfOffice !== undefined){
const _errs67 = errors;
if(!(validate75(data.outOfOffice, {instancePath:instancePath+"/outOfOffice",parentData:data,parentDataProperty:"outOfOffice",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate75.errors;} else {for(const e of validate75.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.geolocation !== undefined){
const _errs68 = errors;
if(!(validate77(data.geolocation, {instancePath:instancePath+"/geolocation",parentData:data,parentDataProperty:"geolocation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate77.errors;} else {for(const e of validate77.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.station !== undefined){
const _errs69 = errors;
if(!(validate85(data.station, {instancePath:instancePath+"/station",parentData:data,parentDataProperty:"station",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate85.errors;} else {for(const e of validate85.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs69 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization !== undefined){
const _errs70 = errors;
if(!(validate92(data.authorization, {instancePath:instancePath+"/authorization",parentData:data,parentDataProperty:"authorization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate92.errors;} else {for(const e of validate92.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profileSkills !== undefined){
let data38 = data.profileSkills;
const _errs71 = errors;
if(errors === _errs71){
if(Array.isArray(data38)){
var valid14 = true;
const len4 = data38.length;
for(let i4=0; i4<len4; i4++){
const _errs73 = errors;
if(typeof data38[i4] !== "string"){
validate145.errors = [{instancePath:instancePath+"/profileSkills/" + i4,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs73 === errors;
if(!valid14){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locations !== undefined){
let data40 = data.locations;
const _errs75 = errors;
if(errors === _errs75){
if(Array.isArray(data40)){
var valid15 = true;
const len5 = data40.length;
for(let i5=0; i5<len5; i5++){
const _errs77 = errors;
if(!(validate100(data40[i5], {instancePath:instancePath+"/locations/" + i5,parentData:data40,parentDataProperty:i5,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate100.errors;} else {for(const e of validate100.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid15 = _errs77 === errors;
if(!valid15){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data42 = data.groups;
const _errs78 = errors;
if(errors === _errs78){
if(Array.isArray(data42)){
var valid16 = true;
const len6 = data42.length;
for(let i6=0; i6<len6; i6++){
const _errs80 = errors;
if(!(validate103(data42[i6], {instancePath:instancePath+"/groups/" + i6,parentData:data42,parentDataProperty:i6,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate103.errors;} else {for(const e of validate103.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid16 = _errs80 === errors;
if(!valid16){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs78 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.team !== undefined){
const _errs81 = errors;
if(!(validate107(data.team, {instancePath:instancePath+"/team",parentData:data,parentDataProperty:"team",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate107.errors;} else {for(const e of validate107.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skills !== undefined){
let data45 = data.skills;
const _errs82 = errors;
if(errors === _errs82){
if(Array.isArray(data45)){
var valid17 = true;
const len7 = data45.length;
for(let i7=0; i7<len7; i7++){
const _errs84 = errors;
if(!(validate109(data45[i7], {instancePath:instancePath+"/skills/" + i7,parentData:data45,parentDataProperty:i7,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate109.errors;} else {for(const e of validate109.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid17 = _errs84 === errors;
if(!valid17){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs82 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languages !== undefined){
let data47 = data.languages;
const _errs85 = errors;
if(errors === _errs85){
if(Array.isArray(data47)){
var valid18 = true;
const len8 = data47.length;
for(let i8=0; i8<len8; i8++){
const _errs87 = errors;
if(!(validate111(data47[i8], {instancePath:instancePath+"/languages/" + i8,parentData:data47,parentDataProperty:i8,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate111.errors;} else {for(const e of validate111.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid18 = _errs87 === errors;
if(!valid18){
break;
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.acdAutoAnswer !== undefined){
const _errs88 = errors;
if(typeof data.acdAutoAnswer !== "boolean"){
validate145.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.languagePreference !== undefined){
const _errs90 = errors;
if(typeof data.languagePreference !== "string"){
validate145.errors = [{instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs90 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastTokenIssued !== undefined){
let data51 = data.lastTokenIssued;
const _errs92 = errors;
const _errs93 = errors;
if(errors === _errs93){
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.dateIssued !== undefined){
let data52 = data51.dateIssued;
const _errs95 = errors;
if(errors === _errs95){
if(errors === _errs95){
if(typeof data52 === "string"){
if(!(formats16(data52))){
validate145.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate145.errors = [{instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs92 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data53 = data.selfUri;
const _errs97 = errors;
if(errors === _errs97){
if(errors === _errs97){
if(typeof data53 === "string"){
if(!(formats8(data53))){
validate145.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate145.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs97 === errors;
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
validate145.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate145.errors = vErrors;
return errors === 0;
}
