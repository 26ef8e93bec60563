import { int32 as formats14 } from "../../../formats.js";

import { guardSearchSort as validate213 } from "./search-sort.js";
import { guardUserSearchCriteria as validate215 } from "./user-search-criteria.js";
export { validate212 as guardUserSearchRequest };
const schema198 = {"type":"object","additionalProperties":false,"properties":{"sortOrder":{"$ref":"#/$defs/SearchSortOrder"},"sortBy":{"type":"string"},"pageSize":{"type":"integer","format":"int32","minimum":1},"pageNumber":{"type":"integer","format":"int32","minimum":1},"sort":{"type":"array","items":{"$ref":"#/$defs/SearchSort"}},"expand":{"type":"array","items":{"type":"string"}},"query":{"type":"array","items":{"$ref":"#/$defs/UserSearchCriteria"}},"integrationPresenceSource":{"$ref":"#/$defs/IntegrationPresenceSource"},"enforcePermissions":{"type":"boolean"}}};
const schema56 = {"type":"string","enum":["ASC","DESC","SCORE"]};
const schema55 = {"type":"string","enum":["MicrosoftTeams","ZoomPhone","EightByEight","RingCentral"]};
const func2 = Object.prototype.hasOwnProperty;

function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema198.properties, key0))){
validate212.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.sortOrder !== undefined){
let data0 = data.sortOrder;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate212.errors = [{instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data0 === "ASC") || (data0 === "DESC")) || (data0 === "SCORE"))){
validate212.errors = [{instancePath:instancePath+"/sortOrder",schemaPath:"#/$defs/SearchSortOrder/enum",keyword:"enum",params:{allowedValues: schema56.enum}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sortBy !== undefined){
const _errs5 = errors;
if(typeof data.sortBy !== "string"){
validate212.errors = [{instancePath:instancePath+"/sortBy",schemaPath:"#/properties/sortBy/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageSize !== undefined){
let data2 = data.pageSize;
const _errs7 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate212.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
validate212.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
else {
if(!(formats14.validate(data2))){
validate212.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageNumber !== undefined){
let data3 = data.pageNumber;
const _errs9 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate212.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
validate212.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
else {
if(!(formats14.validate(data3))){
validate212.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort !== undefined){
let data4 = data.sort;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate213(data4[i0], {instancePath:instancePath+"/sort/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate213.errors;} else {for(const e of validate213.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate212.errors = [{instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expand !== undefined){
let data6 = data.expand;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(typeof data6[i1] !== "string"){
validate212.errors = [{instancePath:instancePath+"/expand/" + i1,schemaPath:"#/properties/expand/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate212.errors = [{instancePath:instancePath+"/expand",schemaPath:"#/properties/expand/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.query !== undefined){
let data8 = data.query;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data8)){
var valid4 = true;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
const _errs20 = errors;
if(!(validate215(data8[i2], {instancePath:instancePath+"/query/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate215.errors;} else {for(const e of validate215.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid4 = _errs20 === errors;
if(!valid4){
break;
}
}
}
else {
validate212.errors = [{instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.integrationPresenceSource !== undefined){
let data10 = data.integrationPresenceSource;
const _errs21 = errors;
if(typeof data10 !== "string"){
validate212.errors = [{instancePath:instancePath+"/integrationPresenceSource",schemaPath:"#/$defs/IntegrationPresenceSource/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data10 === "MicrosoftTeams") || (data10 === "ZoomPhone")) || (data10 === "EightByEight")) || (data10 === "RingCentral"))){
validate212.errors = [{instancePath:instancePath+"/integrationPresenceSource",schemaPath:"#/$defs/IntegrationPresenceSource/enum",keyword:"enum",params:{allowedValues: schema55.enum}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enforcePermissions !== undefined){
const _errs24 = errors;
if(typeof data.enforcePermissions !== "boolean"){
validate212.errors = [{instancePath:instancePath+"/enforcePermissions",schemaPath:"#/properties/enforcePermissions/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs24 === errors;
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
validate212.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate212.errors = vErrors;
return errors === 0;
}
