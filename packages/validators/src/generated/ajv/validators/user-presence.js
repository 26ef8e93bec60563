import { uriReference as formats8 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";

export { validate258 as compiledUserPresence };
const schema83 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"source":{"type":"string"},"sourceId":{"type":"string"},"primary":{"type":"boolean"},"presenceDefinition":{"$ref":"#/$defs/PresenceDefinition"},"futurePresenceDefinition":{"$ref":"#/$defs/PresenceDefinition"},"message":{"type":"string"},"modifiedDate":{"type":"string","format":"date-time"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema84 = {"type":"object","properties":{"id":{"type":"string"},"systemPresence":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
if(typeof data.id !== "string"){
const err0 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
if(typeof data.source !== "string"){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sourceId !== undefined){
if(typeof data.sourceId !== "string"){
const err3 = {instancePath:instancePath+"/sourceId",schemaPath:"#/properties/sourceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.primary !== undefined){
if(typeof data.primary !== "boolean"){
const err4 = {instancePath:instancePath+"/primary",schemaPath:"#/properties/primary/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.presenceDefinition !== undefined){
let data5 = data.presenceDefinition;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err5 = {instancePath:instancePath+"/presenceDefinition/id",schemaPath:"#/$defs/PresenceDefinition/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data5.systemPresence !== undefined){
if(typeof data5.systemPresence !== "string"){
const err6 = {instancePath:instancePath+"/presenceDefinition/systemPresence",schemaPath:"#/$defs/PresenceDefinition/properties/systemPresence/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.selfUri !== undefined){
let data8 = data5.selfUri;
if(typeof data8 === "string"){
if(!(formats8(data8))){
const err7 = {instancePath:instancePath+"/presenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/presenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/presenceDefinition",schemaPath:"#/$defs/PresenceDefinition/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.futurePresenceDefinition !== undefined){
let data9 = data.futurePresenceDefinition;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id !== undefined){
if(typeof data9.id !== "string"){
const err10 = {instancePath:instancePath+"/futurePresenceDefinition/id",schemaPath:"#/$defs/PresenceDefinition/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data9.systemPresence !== undefined){
if(typeof data9.systemPresence !== "string"){
const err11 = {instancePath:instancePath+"/futurePresenceDefinition/systemPresence",schemaPath:"#/$defs/PresenceDefinition/properties/systemPresence/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data9.selfUri !== undefined){
let data12 = data9.selfUri;
if(typeof data12 === "string"){
if(!(formats8(data12))){
const err12 = {instancePath:instancePath+"/futurePresenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/futurePresenceDefinition/selfUri",schemaPath:"#/$defs/PresenceDefinition/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/futurePresenceDefinition",schemaPath:"#/$defs/PresenceDefinition/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.message !== undefined){
if(typeof data.message !== "string"){
const err15 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.modifiedDate !== undefined){
let data14 = data.modifiedDate;
if(typeof data14 === "string"){
if(!(formats16(data14))){
const err16 = {instancePath:instancePath+"/modifiedDate",schemaPath:"#/properties/modifiedDate/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/modifiedDate",schemaPath:"#/properties/modifiedDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.selfUri !== undefined){
let data15 = data.selfUri;
if(typeof data15 === "string"){
if(!(formats8(data15))){
const err18 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate258.errors = vErrors;
return errors === 0;
}
