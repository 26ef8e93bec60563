import { int32 as formats14 } from "../../../formats.js";

import { compiledSearchSort as validate213 } from "./search-sort.js";
import { compiledUserSearchCriteria as validate215 } from "./user-search-criteria.js";
export { validate212 as compiledUserSearchRequest };
const schema198 = {"type":"object","additionalProperties":false,"properties":{"sortOrder":{"$ref":"#/$defs/SearchSortOrder"},"sortBy":{"type":"string"},"pageSize":{"type":"integer","format":"int32","minimum":1},"pageNumber":{"type":"integer","format":"int32","minimum":1},"sort":{"type":"array","items":{"$ref":"#/$defs/SearchSort"}},"expand":{"type":"array","items":{"type":"string"}},"query":{"type":"array","items":{"$ref":"#/$defs/UserSearchCriteria"}},"integrationPresenceSource":{"$ref":"#/$defs/IntegrationPresenceSource"},"enforcePermissions":{"type":"boolean"}}};
const schema56 = {"type":"string","enum":["ASC","DESC","SCORE"]};
const schema55 = {"type":"string","enum":["MicrosoftTeams","ZoomPhone","EightByEight","RingCentral"]};
const func2 = Object.prototype.hasOwnProperty;

function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema198.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.sortOrder !== undefined){
let data0 = data.sortOrder;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "ASC") || (data0 === "DESC")) || (data0 === "SCORE"))){
const err2 = {instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/enum",keyword:"enum",params:{allowedValues: schema56.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sortBy !== undefined){
if(typeof data.sortBy !== "string"){
const err3 = {instancePath:instancePath+"/sortBy",schemaPath:"#/properties/sortBy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.pageSize !== undefined){
let data2 = data.pageSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats14.validate(data2))){
const err6 = {instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}};
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
if(data.pageNumber !== undefined){
let data3 = data.pageNumber;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(formats14.validate(data3))){
const err9 = {instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.sort !== undefined){
let data4 = data.sort;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate213(data4[i0], {instancePath:instancePath+"/sort/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate213.errors;} else {for(const e of validate213.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.expand !== undefined){
let data6 = data.expand;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err11 = {instancePath:instancePath+"/expand/" + i1,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.query !== undefined){
let data8 = data.query;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate215(data8[i2], {instancePath:instancePath+"/query/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate215.errors;} else {for(const e of validate215.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.integrationPresenceSource !== undefined){
let data10 = data.integrationPresenceSource;
if(typeof data10 !== "string"){
const err14 = {instancePath:instancePath+"/integrationPresenceSource",schemaPath:"#/$defs/IntegrationPresenceSource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((data10 === "MicrosoftTeams") || (data10 === "ZoomPhone")) || (data10 === "EightByEight")) || (data10 === "RingCentral"))){
const err15 = {instancePath:instancePath+"/integrationPresenceSource",schemaPath:"#/$defs/IntegrationPresenceSource/enum",keyword:"enum",params:{allowedValues: schema55.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.enforcePermissions !== undefined){
if(typeof data.enforcePermissions !== "boolean"){
const err16 = {instancePath:instancePath+"/enforcePermissions",schemaPath:"#/properties/enforcePermissions/type",keyword:"type",params:{type: "boolean"}};
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
validate212.errors = vErrors;
return errors === 0;
}
