import { uriReference as formats8 } from "../../../formats.js";
import { dateTime as formats16 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";

export { validate305 as compiledTeam };
const schema122 = {"type":"object","required":["name"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"division":{"$ref":"#/$defs/WritableDivision"},"description":{"type":"string"},"dateCreated":{"type":"string","format":"date-time"},"dateModified":{"type":"string","format":"date-time"},"memberCount":{"type":"integer","format":"int64"},"selfUri":{"type":"string","format":"uri-reference"}}};
const schema123 = {"type":"object","properties":{"id":{"type":"string"},"name":{"type":"string"},"selfUri":{"type":"string","format":"uri-reference"}}};

function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
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
if(data.division !== undefined){
let data2 = data.division;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id !== undefined){
if(typeof data2.id !== "string"){
const err3 = {instancePath:instancePath+"/division/id",schemaPath:"#/$defs/WritableDivision/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err4 = {instancePath:instancePath+"/division/name",schemaPath:"#/$defs/WritableDivision/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.selfUri !== undefined){
let data5 = data2.selfUri;
if(typeof data5 === "string"){
if(!(formats8(data5))){
const err5 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/WritableDivision/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/division/selfUri",schemaPath:"#/$defs/WritableDivision/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/division",schemaPath:"#/$defs/WritableDivision/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err8 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.dateCreated !== undefined){
let data7 = data.dateCreated;
if(typeof data7 === "string"){
if(!(formats16(data7))){
const err9 = {instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/dateCreated",schemaPath:"#/properties/dateCreated/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.dateModified !== undefined){
let data8 = data.dateModified;
if(typeof data8 === "string"){
if(!(formats16(data8))){
const err11 = {instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/dateModified",schemaPath:"#/properties/dateModified/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.memberCount !== undefined){
let data9 = data.memberCount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(!(formats68.validate(data9))){
const err14 = {instancePath:instancePath+"/memberCount",schemaPath:"#/properties/memberCount/format",keyword:"format",params:{format: "int64"}};
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
if(data.selfUri !== undefined){
let data10 = data.selfUri;
if(typeof data10 === "string"){
if(!(formats8(data10))){
const err15 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate305.errors = vErrors;
return errors === 0;
}
