import { uriReference as formats8 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

export { validate258 as guardUserPresence };
const schema83 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"source":{"type":"string"},"sourceId":{"type":"string"},"primary":{"type":"boolean"},"presenceDefinition":{"$ref":"#/$defs/PresenceDefinition"},"futurePresenceDefinition":{"$ref":"#/$defs/PresenceDefinition"},"message":{"type":"string"},"modifiedDate":{"type":"string","format":"date-time"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema84 = {"type":"object","properties":{"id":{"type":"string"},"systemPresence":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate258.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}}];
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
validate258.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.source !== undefined){
const _errs5 = errors;
if(typeof data.source !== "string"){
validate258.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sourceId !== undefined){
const _errs7 = errors;
if(typeof data.sourceId !== "string"){
validate258.errors = [{instancePath:instancePath+"/sourceId",schemaPath:"#/properties/sourceId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.primary !== undefined){
const _errs9 = errors;
if(typeof data.primary !== "boolean"){
validate258.errors = [{instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.presenceDefinition !== undefined){
let data5 = data.presenceDefinition;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id !== undefined){
const _errs14 = errors;
if(typeof data5.id !== "string"){
validate258.errors = [{instancePath:instancePath+"/presenceDefinition/id",schemaPath:"#/$defs/PresenceDefinition/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.systemPresence !== undefined){
const _errs16 = errors;
if(typeof data5.systemPresence !== "string"){
validate258.errors = [{instancePath:instancePath+"/presenceDefinition/systemPresence",schemaPath:"#/$defs/PresenceDefinition/properties/systemPresence/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid2 = _errs16 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data5.selfUri !== undefined){
let data8 = data5.selfUri;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data8 === "string"){
if(!(formats8(data8))){
validate258.errors = [{instancePath:instancePath+"/presenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate258.errors = [{instancePath:instancePath+"/presenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate258.errors = [{instancePath:instancePath+"/presenceDefinition",schemaPath:"#/$defs/PresenceDefinition/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.futurePresenceDefinition !== undefined){
let data9 = data.futurePresenceDefinition;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id !== undefined){
const _errs23 = errors;
if(typeof data9.id !== "string"){
validate258.errors = [{instancePath:instancePath+"/futurePresenceDefinition/id",schemaPath:"#/$defs/PresenceDefinition/properties/id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs23 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.systemPresence !== undefined){
const _errs25 = errors;
if(typeof data9.systemPresence !== "string"){
validate258.errors = [{instancePath:instancePath+"/futurePresenceDefinition/systemPresence",schemaPath:"#/$defs/PresenceDefinition/properties/systemPresence/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs25 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data9.selfUri !== undefined){
let data12 = data9.selfUri;
const _errs27 = errors;
if(errors === _errs27){
if(errors === _errs27){
if(typeof data12 === "string"){
if(!(formats8(data12))){
validate258.errors = [{instancePath:instancePath+"/futurePresenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate258.errors = [{instancePath:instancePath+"/futurePresenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
}
}
}
else {
validate258.errors = [{instancePath:instancePath+"/futurePresenceDefinition",schemaPath:"#/$defs/PresenceDefinition/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs29 = errors;
if(typeof data.message !== "string"){
validate258.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modifiedDate !== undefined){
let data14 = data.modifiedDate;
const _errs31 = errors;
if(errors === _errs31){
if(errors === _errs31){
if(typeof data14 === "string"){
if(!(formats16(data14))){
validate258.errors = [{instancePath:instancePath+"/modifiedDate",schemaPath:"#/properties/modifiedDate/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate258.errors = [{instancePath:instancePath+"/modifiedDate",schemaPath:"#/properties/modifiedDate/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data15 = data.selfUri;
const _errs33 = errors;
if(errors === _errs33){
if(errors === _errs33){
if(typeof data15 === "string"){
if(!(formats8(data15))){
validate258.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate258.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs33 === errors;
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
else {
validate258.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate258.errors = vErrors;
return errors === 0;
}
