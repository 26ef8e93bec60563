import { uri as formats0 } from "../../../formats.js";

import { guardGroupContact$writable as validate172 } from "./group-contact.writable.js";
import { guardUser$writable as validate174 } from "./user.writable.js";
export { validate321 as guardGroup$writable };
const schema159 = {"type":"object","required":["name","type","rulesVisible","visibility"],"properties":{"id":false,"name":{"type":"string"},"description":{"type":"string"},"dateModified":false,"memberCount":false,"state":false,"version":false,"type":{"$ref":"#/$defs/GroupType"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"addresses":{"type":"array","items":{"$ref":"#/$defs/GroupContact$writable"}},"rulesVisible":{"type":"boolean"},"visibility":{"$ref":"#/$defs/GroupVisibility"},"rolesEnabled":{"type":"boolean"},"includeOwners":{"type":"boolean"},"callsEnabled":{"type":"boolean"},"owners":{"type":"array","items":{"$ref":"#/$defs/User$writable"}},"selfUri":false}};
const schema48 = {"type":"string","enum":["official","social"]};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema49 = {"type":"string","enum":["public","owners","members"]};

function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.name === undefined) && (missing0 = "name")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.rulesVisible === undefined) && (missing0 = "rulesVisible"))) || ((data.visibility === undefined) && (missing0 = "visibility"))){
validate321.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs1 = errors;
if(typeof data.name !== "string"){
validate321.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs3 = errors;
if(typeof data.description !== "string"){
validate321.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateModified !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/false schema",keyword:"false schema",params:{}}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data7 = data.type;
const _errs5 = errors;
if(typeof data7 !== "string"){
validate321.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data7 === "official") || (data7 === "social"))){
validate321.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/enum",keyword:"enum",params:{allowedValues: schema48.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.images !== undefined){
let data8 = data.images;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data8)){
var valid2 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs13 = errors;
if(typeof data9.resolution !== "string"){
validate321.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate321.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate321.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
}
}
else {
validate321.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate321.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data12 = data.addresses;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data12)){
var valid5 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs19 = errors;
if(!(validate172(data12[i1], {instancePath:instancePath+"/addresses/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate172.errors;} else {for(const e of validate172.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid5 = _errs19 === errors;
if(!valid5){
break;
}
}
}
else {
validate321.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rulesVisible !== undefined){
const _errs20 = errors;
if(typeof data.rulesVisible !== "boolean"){
validate321.errors = [{instancePath:instancePath+"/rulesVisible",schemaPath:"#/properties/rulesVisible/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.visibility !== undefined){
let data15 = data.visibility;
const _errs22 = errors;
if(typeof data15 !== "string"){
validate321.errors = [{instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data15 === "public") || (data15 === "owners")) || (data15 === "members"))){
validate321.errors = [{instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/enum",keyword:"enum",params:{allowedValues: schema49.enum}}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rolesEnabled !== undefined){
const _errs25 = errors;
if(typeof data.rolesEnabled !== "boolean"){
validate321.errors = [{instancePath:instancePath+"/rolesEnabled",schemaPath:"#/properties/rolesEnabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeOwners !== undefined){
const _errs27 = errors;
if(typeof data.includeOwners !== "boolean"){
validate321.errors = [{instancePath:instancePath+"/includeOwners",schemaPath:"#/properties/includeOwners/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callsEnabled !== undefined){
const _errs29 = errors;
if(typeof data.callsEnabled !== "boolean"){
validate321.errors = [{instancePath:instancePath+"/callsEnabled",schemaPath:"#/properties/callsEnabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
let data19 = data.owners;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data19)){
var valid7 = true;
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
const _errs33 = errors;
if(!(validate174(data19[i2], {instancePath:instancePath+"/owners/" + i2,parentData:data19,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate174.errors;} else {for(const e of validate174.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid7 = _errs33 === errors;
if(!valid7){
break;
}
}
}
else {
validate321.errors = [{instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
var valid0 = false;
validate321.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/false schema",keyword:"false schema",params:{}}];
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
else {
validate321.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate321.errors = vErrors;
return errors === 0;
}
