import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { guardUserRoutingLanguage as validate111 } from "./user-routing-language.js";
export { validate233 as guardUserLanguageEntityListing };
const schema228 = {"type":"object","properties":{"pageSize":{"type":"integer","format":"int32"},"pageNumber":{"type":"integer","format":"int32"},"total":{"type":"integer","format":"int64"},"firstUri":{"type":"string","format":"uri-reference"},"nextUri":{"type":"string","format":"uri-reference"},"previousUri":{"type":"string","format":"uri-reference"},"lastUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"},"pageCount":{"type":"integer","format":"int32"},"entities":{"type":"array","items":{"$ref":"#/$defs/UserRoutingLanguage"}}}};

function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.pageSize !== undefined){
let data0 = data.pageSize;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate233.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats14.validate(data0))){
validate233.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageNumber !== undefined){
let data1 = data.pageNumber;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate233.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate233.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data2 = data.total;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate233.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats68.validate(data2))){
validate233.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/format",keyword:"format",params:{format: "int64"}}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstUri !== undefined){
let data3 = data.firstUri;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats8(data3))){
validate233.errors = [{instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/type",keyword:"type",params:{type: "string"}}];
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
if(data.nextUri !== undefined){
let data4 = data.nextUri;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data4 === "string"){
if(!(formats8(data4))){
validate233.errors = [{instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/type",keyword:"type",params:{type: "string"}}];
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
if(data.previousUri !== undefined){
let data5 = data.previousUri;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data5 === "string"){
if(!(formats8(data5))){
validate233.errors = [{instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastUri !== undefined){
let data6 = data.lastUri;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data6 === "string"){
if(!(formats8(data6))){
validate233.errors = [{instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data7 = data.selfUri;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data7 === "string"){
if(!(formats8(data7))){
validate233.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate233.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageCount !== undefined){
let data8 = data.pageCount;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate233.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs17){
if((typeof data8 == "number") && (isFinite(data8))){
if(!(formats14.validate(data8))){
validate233.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entities !== undefined){
let data9 = data.entities;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid1 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs21 = errors;
if(!(validate111(data9[i0], {instancePath:instancePath+"/entities/" + i0,parentData:data9,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate111.errors;} else {for(const e of validate111.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid1 = _errs21 === errors;
if(!valid1){
break;
}
}
}
else {
validate233.errors = [{instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs19 === errors;
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
validate233.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate233.errors = vErrors;
return errors === 0;
}
