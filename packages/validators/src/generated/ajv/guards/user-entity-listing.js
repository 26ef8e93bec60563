import { int32 as formats14 } from "../../../formats.js";
import { int64 as formats68 } from "../../../formats.js";
import { uriReference as formats8 } from "../../../formats.js";

import { guardUser as validate57 } from "./user.js";
export { validate181 as guardUserEntityListing };
const schema175 = {"type":"object","properties":{"entities":{"type":"array","items":{"$ref":"#/$defs/User"}},"pageSize":{"type":"integer","format":"int32"},"pageNumber":{"type":"integer","format":"int32"},"total":{"type":"integer","format":"int64"},"firstUri":{"type":"string","format":"uri-reference"},"nextUri":{"type":"string","format":"uri-reference"},"previousUri":{"type":"string","format":"uri-reference"},"lastUri":{"type":"string","format":"uri-reference"},"selfUri":{"type":"string","format":"uri-reference"},"pageCount":{"type":"integer","format":"int32"}}};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entities !== undefined){
let data0 = data.entities;
const _errs1 = errors;
if(errors === _errs1){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs3 = errors;
if(!(validate57(data0[i0], {instancePath:instancePath+"/entities/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
else {
validate181.errors = [{instancePath:instancePath+"/entities",schemaPath:"#/properties/entities/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageSize !== undefined){
let data2 = data.pageSize;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate181.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
validate181.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageNumber !== undefined){
let data3 = data.pageNumber;
const _errs6 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate181.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs6){
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats14.validate(data3))){
validate181.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.total !== undefined){
let data4 = data.total;
const _errs8 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate181.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs8){
if((typeof data4 == "number") && (isFinite(data4))){
if(!(formats68.validate(data4))){
validate181.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/format",keyword:"format",params:{format: "int64"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstUri !== undefined){
let data5 = data.firstUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats8(data5))){
validate181.errors = [{instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/firstUri",schemaPath:"#/properties/firstUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextUri !== undefined){
let data6 = data.nextUri;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data6 === "string"){
if(!(formats8(data6))){
validate181.errors = [{instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/nextUri",schemaPath:"#/properties/nextUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.previousUri !== undefined){
let data7 = data.previousUri;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data7 === "string"){
if(!(formats8(data7))){
validate181.errors = [{instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/previousUri",schemaPath:"#/properties/previousUri/type",keyword:"type",params:{type: "string"}}];
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
if(data.lastUri !== undefined){
let data8 = data.lastUri;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data8 === "string"){
if(!(formats8(data8))){
validate181.errors = [{instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/lastUri",schemaPath:"#/properties/lastUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfUri !== undefined){
let data9 = data.selfUri;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data9 === "string"){
if(!(formats8(data9))){
validate181.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/format",keyword:"format",params:{format: "uri-reference"}}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/selfUri",schemaPath:"#/properties/selfUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageCount !== undefined){
let data10 = data.pageCount;
const _errs20 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate181.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs20){
if((typeof data10 == "number") && (isFinite(data10))){
if(!(formats14.validate(data10))){
validate181.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/format",keyword:"format",params:{format: "int32"}}];
return false;
}
}
}
var valid0 = _errs20 === errors;
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
validate181.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate181.errors = vErrors;
return errors === 0;
}
