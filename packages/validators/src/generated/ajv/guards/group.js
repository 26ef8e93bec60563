import { dateTime as formats16 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";
import { uri as formats0 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { guardGroupContact as validate104 } from "./group-contact.js";
import { guardUser as validate57 } from "./user.js";
export { validate301 as guardGroup };
const schema114 = {"type":"object","required":["name","type","rulesVisible","visibility"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"dateModified":{"type":"string","format":"date-time"},"memberCount":{"type":"integer","format":"int64"},"state":{"$ref":"#/$defs/GroupState"},"version":{"type":"integer","format":"int32"},"type":{"$ref":"#/$defs/GroupType"},"images":{"type":"array","items":{"$ref":"#/$defs/UserImage"}},"addresses":{"type":"array","items":{"$ref":"#/$defs/GroupContact"}},"rulesVisible":{"type":"boolean"},"visibility":{"$ref":"#/$defs/GroupVisibility"},"rolesEnabled":{"type":"boolean"},"includeOwners":{"type":"boolean"},"callsEnabled":{"type":"boolean"},"owners":{"type":"array","items":{"$ref":"#/$defs/User"}},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema47 = {"type":"string","enum":["active","inactive","deleted"]};
const schema48 = {"type":"string","enum":["official","social"]};
const schema62 = {"type":"object","properties":{"resolution":{"type":"string"},"imageUri":{"type":"string","format":"uri"}}};
const schema49 = {"type":"string","enum":["public","owners","members"]};

function validate301(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.name === undefined) && (missing0 = "name")) || ((data.type === undefined) && (missing0 = "type"))) || ((data.rulesVisible === undefined) && (missing0 = "rulesVisible"))) || ((data.visibility === undefined) && (missing0 = "visibility"))){
validate301.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate301.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate301.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs5 = errors;
if(typeof data.description !== "string"){
validate301.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateModified !== undefined){
let data3 = data.dateModified;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats16(data3))){
validate301.errors = [{instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate301.errors = [{instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberCount !== undefined){
let data4 = data.memberCount;
const _errs9 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate301.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats68.validate(data4))){
validate301.errors = [{instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/format",keyword:"format",params:{format: "int64"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data5 = data.state;
const _errs11 = errors;
if(typeof data5 !== "string"){
validate301.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/GroupState/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data5 === "active") || (data5 === "inactive")) || (data5 === "deleted"))){
validate301.errors = [{instancePath:instancePath+"/state",schemaPath:"#/$defs/GroupState/enum",keyword:"enum",params:{allowedValues: schema47.enum}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data6 = data.version;
const _errs14 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate301.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs14){
if((typeof data6 == "number") && (isFinite(data6))){
if(!(formats14.validate(data6))){
validate301.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data7 = data.type;
const _errs16 = errors;
if(typeof data7 !== "string"){
validate301.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data7 === "official") || (data7 === "social"))){
validate301.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/GroupType/enum",keyword:"enum",params:{allowedValues: schema48.enum}}];
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
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data8)){
var valid3 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.resolution !== undefined){
const _errs24 = errors;
if(typeof data9.resolution !== "string"){
validate301.errors = [{instancePath:instancePath+"/images/" + i0+"/resolution",schemaPath:"#/$defs/UserImage/properties/resolution/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid5 = _errs24 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data9.imageUri !== undefined){
let data11 = data9.imageUri;
const _errs26 = errors;
if(errors === _errs26){
if(errors === _errs26){
if(typeof data11 === "string"){
if(!(formats0(data11))){
validate301.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate301.errors = [{instancePath:instancePath+"/images/" + i0+"/imageUri",schemaPath:"#/$defs/UserImage/properties/imageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid5 = _errs26 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate301.errors = [{instancePath:instancePath+"/images/" + i0,schemaPath:"#/$defs/UserImage/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid3 = _errs21 === errors;
if(!valid3){
break;
}
}
}
else {
validate301.errors = [{instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.addresses !== undefined){
let data12 = data.addresses;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data12)){
var valid6 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs30 = errors;
if(!(validate104(data12[i1], {instancePath:instancePath+"/addresses/" + i1,parentData:data12,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate104.errors;} else {for(const e of validate104.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid6 = _errs30 === errors;
if(!valid6){
break;
}
}
}
else {
validate301.errors = [{instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rulesVisible !== undefined){
const _errs31 = errors;
if(typeof data.rulesVisible !== "boolean"){
validate301.errors = [{instancePath:instancePath+"/rulesVisible",schemaPath:"#/properties/rulesVisible/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.visibility !== undefined){
let data15 = data.visibility;
const _errs33 = errors;
if(typeof data15 !== "string"){
validate301.errors = [{instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data15 === "public") || (data15 === "owners")) || (data15 === "members"))){
validate301.errors = [{instancePath:instancePath+"/visibility",schemaPath:"#/$defs/GroupVisibility/enum",keyword:"enum",params:{allowedValues: schema49.enum}}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rolesEnabled !== undefined){
const _errs36 = errors;
if(typeof data.rolesEnabled !== "boolean"){
validate301.errors = [{instancePath:instancePath+"/rolesEnabled",schemaPath:"#/properties/rolesEnabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeOwners !== undefined){
const _errs38 = errors;
if(typeof data.includeOwners !== "boolean"){
validate301.errors = [{instancePath:instancePath+"/includeOwners",schemaPath:"#/properties/includeOwners/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callsEnabled !== undefined){
const _errs40 = errors;
if(typeof data.callsEnabled !== "boolean"){
validate301.errors = [{instancePath:instancePath+"/callsEnabled",schemaPath:"#/properties/callsEnabled/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
let data19 = data.owners;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data19)){
var valid8 = true;
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
const _errs44 = errors;
if(!(validate57(data19[i2], {instancePath:instancePath+"/owners/" + i2,parentData:data19,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid8 = _errs44 === errors;
if(!valid8){
break;
}
}
}
else {
validate301.errors = [{instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data21 = data.selfUri;
const _errs45 = errors;
if(errors === _errs45){
if(errors === _errs45){
if(typeof data21 === "string"){
if(!(formats8(data21))){
validate301.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate301.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs45 === errors;
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
validate301.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate301.errors = vErrors;
return errors === 0;
}
