import { uri as formats0 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

import { guardLocation as validate100 } from "./location.js";
import { guardGroup as validate103 } from "./group.js";
import { guardTeam as validate107 } from "./team.js";
import { guardUserRoutingSkill as validate109 } from "./user-routing-skill.js";
import { guardUserRoutingLanguage as validate111 } from "./user-routing-language.js";
import { guardOrganization as validate143 } from "./organization.js";
import { guardTrustor as validate206 } from "./trustor.js";
import { guardBiography as validate50 } from "./biography.js";
import { guardContact as validate54 } from "./contact.js";
import { guardUser as validate57 } from "./user.js";
import { guardRoutingStatus as validate61 } from "./routing-status.js";
import { guardUserPresence as validate63 } from "./user-presence.js";
import { guardUserConversationSummary as validate65 } from "./user-conversation-summary.js";
import { guardOutOfOffice as validate75 } from "./out-of-office.js";
import { guardGeolocation as validate77 } from "./geolocation.js";
import { guardLocationDefinition as validate78 } from "./location-definition.js";
import { guardUserStations as validate85 } from "./user-stations.js";
import { guardUserAuthorization as validate92 } from "./user-authorization.js";
export { validate184 as guardUserMe };
const schema177 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"chat":{"$ref":"#/$defs/Chat"},"department":{"type":"string"},"email":{"type":"string"},"title":{"type":"string"},"username":{"type":"string"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"certifications":{"type":"array","items":{"type":"string"}},"biography":{"$ref":"#/$defs/Biography"},"employerInfo":{"$ref":"#/$defs/EmployerInfo"},"division":{"$ref":"#/$defs/Division"},"primaryContactInfo":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"addresses":{"type":"array","items":{"$ref":"#/$defs/Contact"}},"state":{"$ref":"#/$defs/UserState"},"manager":{"$ref":"#/$defs/User"},"version":{"type":"integer","format":"int32"},"routingStatus":{"$ref":"#/$defs/RoutingStatus"},"presence":{"$ref":"#/$defs/UserPresence"},"conversationSummary":{"$ref":"#/$defs/UserConversationSummary"},"outOfOffice":{"$ref":"#/$defs/OutOfOffice"},"geolocation":{"$ref":"#/$defs/Geolocation"},"station":{"$ref":"#/$defs/UserStations"},"authorization":{"$ref":"#/$defs/UserAuthorization"},"profileSkills":{"type":"array","items":{"type":"string"}},"locations":{"type":"array","items":{"$ref":"#/$defs/Location"}},"groups":{"type":"array","items":{"$ref":"#/$defs/Group"}},"team":{"$ref":"#/$defs/Team"},"skills":{"type":"array","items":{"$ref":"#/$defs/UserRoutingSkill"}},"languages":{"type":"array","items":{"$ref":"#/$defs/UserRoutingLanguage"}},"acdAutoAnswer":{"type":"boolean"},"languagePreference":{"type":"string"},"lastTokenIssued":{"$ref":"#/$defs/OAuthLastTokenIssued"},"selfUri":{"type":"string","format":"uri-reference"},"autoAnswerSettings":{"$ref":"#/$defs/AutoAnswerSettings"},"date":{"$ref":"#/$defs/ServerDate"},"geolocationSettings":{"$ref":"#/$defs/GeolocationSettings"},"organization":{"$ref":"#/$defs/Organization"},"presenceDefinitions":{"type":"array","items":{"$ref":"#/$defs/OrganizationPresence"}},"divisionedPresenceDefinitions":{"type":"array","items":{"$ref":"#/$defs/OrganizationPresenceDefinition"}},"locationDefinitions":{"type":"array","items":{"$ref":"#/$defs/LocationDefinition"}},"orgAuthorization":{"type":"array","items":{"$ref":"#/$defs/DomainOrganizationRole"}},"favorites":{"type":"array","items":{"$ref":"#/$defs/User"}},"superiors":{"type":"array","items":{"$ref":"#/$defs/User"}},"directReports":{"type":"array","items":{"$ref":"#/$defs/User"}},"adjacents":{"$ref":"#/$defs/Adjacents"},"routingSkills":{"type":"array","items":{"$ref":"#/$defs/RoutingSkill"}},"fieldConfigs":{"$ref":"#/$defs/FieldConfigs"},"token":{"$ref":"#/$defs/TokenInfo"},"trustors":{"type":"array","items":{"$ref":"#/$defs/Trustor"}},"orgProducts":{"type":"array","items":{"$ref":"#/$defs/DomainOrganizationProduct"}}},"required":["version"]};
const schema61 = {"type":"object","properties":{"jabberId":{"type":"string"}}};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};
const schema70 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema32 = {"type":"string","enum":["active","inactive","deleted"]};
const schema128 = {"type":"object","properties":{"dateIssued":{"type":"string","format":"date-time"}}};
const schema184 = {"type":"object","additionalProperties":true};
const schema185 = {"type":"object","properties":{"currentDate":{"type":"string","format":"date-time"}}};
const schema186 = {"type":"object","additionalProperties":true};
const schema187 = {"type":"object","additionalProperties":true};
const schema188 = {"type":"object","additionalProperties":true};
const schema189 = {"type":"object","additionalProperties":true};
const schema190 = {"type":"object","additionalProperties":true};
const schema191 = {"type":"object","additionalProperties":true};
const schema192 = {"type":"object","additionalProperties":true};
const schema193 = {"type":"object","additionalProperties":true};
const schema196 = {"type":"object","additionalProperties":true};

function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.version === undefined) && (missing0 = "version")){
validate184.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate184.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/chat/jabberId",schemaPath:"#/$defs/Chat/properties/jabberId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/chat",schemaPath:"#/$defs/Chat/type",keyword:"type",params:{type: "object"}}];
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
validate184.errors = [{instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate184.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
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
validate184.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/certifications/" + i1,schemaPath:"#/properties/certifications/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid6 = _errs29 === errors;
if(!valid6){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/certifications",schemaPath:"#/properties/certifications/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/employerInfo/officialName",schemaPath:"#/$defs/EmployerInfo/properties/officialName/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/employerInfo/employeeId",schemaPath:"#/$defs/EmployerInfo/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/employerInfo/employeeType",schemaPath:"#/$defs/EmployerInfo/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/employerInfo/dateHire",schemaPath:"#/$defs/EmployerInfo/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/employerInfo",schemaPath:"#/$defs/EmployerInfo/type",keyword:"type",params:{type: "object"}}];
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
validate184.errors = [{instancePath:instancePath+"/division/id",schemaPath:"#/$defs/Division/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/division/name",schemaPath:"#/$defs/Division/properties/name/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate184.errors = [{instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/Division/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/division",schemaPath:"#/$defs/Division/type",keyword:"type",params:{type: "object"}}];
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
validate184.errors = [{instancePath:instancePath+"/primaryContactInfo",schemaPath:"#/properties/primaryContactInfo/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data28 === "active") || (data28 === "inactive")) || (data28 === "deleted"))){
validate184.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/UserState/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
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
validate184.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs62){
if((typeof data30 == "number") && (isFinite(data30))){
if(!(formats14.validate(data30))){
validate184.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
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
validate184.errors = [{instancePath:instancePath+"/profileSkills/" + i4,schemaPath:"#/properties/profileSkills/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid14 = _errs73 === errors;
if(!valid14){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/profileSkills",schemaPath:"#/properties/profileSkills/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/locations",schemaPath:"#/properties/locations/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/skills",schemaPath:"#/properties/skills/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/languages",schemaPath:"#/properties/languages/type",keyword:"type",params:{type: "array"}}];
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
validate184.errors = [{instancePath:instancePath+"/acdAutoAnswer",schemaPath:"#/properties/acdAutoAnswer/type",keyword:"type",params:{type: "boolean"}}];
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
validate184.errors = [{instancePath:instancePath+"/languagePreference",schemaPath:"#/properties/languagePreference/type",keyword:"type",params:{type: "string"}}];
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
validate184.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate184.errors = [{instancePath:instancePath+"/lastTokenIssued/dateIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/properties/dateIssued/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/lastTokenIssued",schemaPath:"#/$defs/OAuthLastTokenIssued/type",keyword:"type",params:{type: "object"}}];
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
validate184.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate184.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs97 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.autoAnswerSettings !== undefined){
let data54 = data.autoAnswerSettings;
const _errs99 = errors;
const _errs100 = errors;
if(errors === _errs100){
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
}
else {
validate184.errors = [{instancePath:instancePath+"/autoAnswerSettings",schemaPath:"#/$defs/AutoAnswerSettings/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs99 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data55 = data.date;
const _errs103 = errors;
const _errs104 = errors;
if(errors === _errs104){
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.currentDate !== undefined){
let data56 = data55.currentDate;
const _errs106 = errors;
if(errors === _errs106){
if(errors === _errs106){
if(typeof data56 === "string"){
if(!(formats16(data56))){
validate184.errors = [{instancePath:instancePath+"/date/currentDate",schemaPath:"#/$defs/ServerDate/properties/currentDate/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate184.errors = [{instancePath:instancePath+"/date/currentDate",schemaPath:"#/$defs/ServerDate/properties/currentDate/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/date",schemaPath:"#/$defs/ServerDate/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs103 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.geolocationSettings !== undefined){
let data57 = data.geolocationSettings;
const _errs108 = errors;
const _errs109 = errors;
if(errors === _errs109){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
}
else {
validate184.errors = [{instancePath:instancePath+"/geolocationSettings",schemaPath:"#/$defs/GeolocationSettings/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs108 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organization !== undefined){
const _errs112 = errors;
if(!(validate143(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate143.errors;} else {for(const e of validate143.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs112 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presenceDefinitions !== undefined){
let data59 = data.presenceDefinitions;
const _errs113 = errors;
if(errors === _errs113){
if(Array.isArray(data59)){
var valid25 = true;
const len9 = data59.length;
for(let i9=0; i9<len9; i9++){
let data60 = data59[i9];
const _errs115 = errors;
const _errs116 = errors;
if(errors === _errs116){
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
}
else {
validate184.errors = [{instancePath:instancePath+"/presenceDefinitions/" + i9,schemaPath:"#/$defs/OrganizationPresence/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid25 = _errs115 === errors;
if(!valid25){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/presenceDefinitions",schemaPath:"#/properties/presenceDefinitions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs113 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.divisionedPresenceDefinitions !== undefined){
let data61 = data.divisionedPresenceDefinitions;
const _errs119 = errors;
if(errors === _errs119){
if(Array.isArray(data61)){
var valid27 = true;
const len10 = data61.length;
for(let i10=0; i10<len10; i10++){
let data62 = data61[i10];
const _errs121 = errors;
const _errs122 = errors;
if(errors === _errs122){
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
}
else {
validate184.errors = [{instancePath:instancePath+"/divisionedPresenceDefinitions/" + i10,schemaPath:"#/$defs/OrganizationPresenceDefinition/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid27 = _errs121 === errors;
if(!valid27){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/divisionedPresenceDefinitions",schemaPath:"#/properties/divisionedPresenceDefinitions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs119 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.locationDefinitions !== undefined){
let data63 = data.locationDefinitions;
const _errs125 = errors;
if(errors === _errs125){
if(Array.isArray(data63)){
var valid29 = true;
const len11 = data63.length;
for(let i11=0; i11<len11; i11++){
const _errs127 = errors;
if(!(validate78(data63[i11], {instancePath:instancePath+"/locationDefinitions/" + i11,parentData:data63,parentDataProperty:i11,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate78.errors;} else {for(const e of validate78.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid29 = _errs127 === errors;
if(!valid29){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/locationDefinitions",schemaPath:"#/properties/locationDefinitions/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs125 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orgAuthorization !== undefined){
let data65 = data.orgAuthorization;
const _errs128 = errors;
if(errors === _errs128){
if(Array.isArray(data65)){
var valid30 = true;
const len12 = data65.length;
for(let i12=0; i12<len12; i12++){
let data66 = data65[i12];
const _errs130 = errors;
const _errs131 = errors;
if(errors === _errs131){
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
}
else {
validate184.errors = [{instancePath:instancePath+"/orgAuthorization/" + i12,schemaPath:"#/$defs/DomainOrganizationRole/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid30 = _errs130 === errors;
if(!valid30){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/orgAuthorization",schemaPath:"#/properties/orgAuthorization/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs128 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.favorites !== undefined){
let data67 = data.favorites;
const _errs134 = errors;
if(errors === _errs134){
if(Array.isArray(data67)){
var valid32 = true;
const len13 = data67.length;
for(let i13=0; i13<len13; i13++){
const _errs136 = errors;
if(!(validate57(data67[i13], {instancePath:instancePath+"/favorites/" + i13,parentData:data67,parentDataProperty:i13,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid32 = _errs136 === errors;
if(!valid32){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/favorites",schemaPath:"#/properties/favorites/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs134 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.superiors !== undefined){
let data69 = data.superiors;
const _errs137 = errors;
if(errors === _errs137){
if(Array.isArray(data69)){
var valid33 = true;
const len14 = data69.length;
for(let i14=0; i14<len14; i14++){
const _errs139 = errors;
if(!(validate57(data69[i14], {instancePath:instancePath+"/superiors/" + i14,parentData:data69,parentDataProperty:i14,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid33 = _errs139 === errors;
if(!valid33){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/superiors",schemaPath:"#/properties/superiors/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs137 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directReports !== undefined){
let data71 = data.directReports;
const _errs140 = errors;
if(errors === _errs140){
if(Array.isArray(data71)){
var valid34 = true;
const len15 = data71.length;
for(let i15=0; i15<len15; i15++){
const _errs142 = errors;
if(!(validate57(data71[i15], {instancePath:instancePath+"/directReports/" + i15,parentData:data71,parentDataProperty:i15,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid34 = _errs142 === errors;
if(!valid34){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/directReports",schemaPath:"#/properties/directReports/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs140 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.adjacents !== undefined){
let data73 = data.adjacents;
const _errs143 = errors;
const _errs144 = errors;
if(errors === _errs144){
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
}
else {
validate184.errors = [{instancePath:instancePath+"/adjacents",schemaPath:"#/$defs/Adjacents/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs143 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.routingSkills !== undefined){
let data74 = data.routingSkills;
const _errs147 = errors;
if(errors === _errs147){
if(Array.isArray(data74)){
var valid36 = true;
const len16 = data74.length;
for(let i16=0; i16<len16; i16++){
let data75 = data74[i16];
const _errs149 = errors;
const _errs150 = errors;
if(errors === _errs150){
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
}
else {
validate184.errors = [{instancePath:instancePath+"/routingSkills/" + i16,schemaPath:"#/$defs/RoutingSkill/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid36 = _errs149 === errors;
if(!valid36){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/routingSkills",schemaPath:"#/properties/routingSkills/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs147 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fieldConfigs !== undefined){
let data76 = data.fieldConfigs;
const _errs153 = errors;
const _errs154 = errors;
if(errors === _errs154){
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
}
else {
validate184.errors = [{instancePath:instancePath+"/fieldConfigs",schemaPath:"#/$defs/FieldConfigs/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs153 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
let data77 = data.token;
const _errs157 = errors;
const _errs158 = errors;
if(errors === _errs158){
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
}
else {
validate184.errors = [{instancePath:instancePath+"/token",schemaPath:"#/$defs/TokenInfo/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs157 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trustors !== undefined){
let data78 = data.trustors;
const _errs161 = errors;
if(errors === _errs161){
if(Array.isArray(data78)){
var valid40 = true;
const len17 = data78.length;
for(let i17=0; i17<len17; i17++){
const _errs163 = errors;
if(!(validate206(data78[i17], {instancePath:instancePath+"/trustors/" + i17,parentData:data78,parentDataProperty:i17,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate206.errors;} else {for(const e of validate206.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid40 = _errs163 === errors;
if(!valid40){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/trustors",schemaPath:"#/properties/trustors/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs161 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orgProducts !== undefined){
let data80 = data.orgProducts;
const _errs164 = errors;
if(errors === _errs164){
if(Array.isArray(data80)){
var valid41 = true;
const len18 = data80.length;
for(let i18=0; i18<len18; i18++){
let data81 = data80[i18];
const _errs166 = errors;
const _errs167 = errors;
if(errors === _errs167){
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
}
else {
validate184.errors = [{instancePath:instancePath+"/orgProducts/" + i18,schemaPath:"#/$defs/DomainOrganizationProduct/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid41 = _errs166 === errors;
if(!valid41){
break;
}
}
}
else {
validate184.errors = [{instancePath:instancePath+"/orgProducts",schemaPath:"#/properties/orgProducts/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs164 === errors;
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
validate184.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate184.errors = vErrors;
return errors === 0;
}
