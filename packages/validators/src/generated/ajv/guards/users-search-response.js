import { int64 as formats68 } from "../../../formats.js";
import { int32 as formats14 } from "../../../formats.js";

import { guardUser as validate57 } from "./user.js";
export { validate220 as guardUsersSearchResponse };
const schema211 = {"type":"object","required":["total","pageCount","pageSize","pageNumber","types","results"],"properties":{"total":{"type":"integer","format":"int64"},"pageCount":{"type":"integer","format":"int32"},"pageSize":{"type":"integer","format":"int32"},"pageNumber":{"type":"integer","format":"int32"},"previousPage":{"type":"string"},"currentPage":{"type":"string"},"nextPage":{"type":"string"},"types":{"type":"array","items":{"type":"string"}},"results":{"type":"array","items":{"$ref":"#/$defs/User"}}}};

function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.total === undefined) && (missing0 = "total")) || ((data.pageCount === undefined) && (missing0 = "pageCount"))) || ((data.pageSize === undefined) && (missing0 = "pageSize"))) || ((data.pageNumber === undefined) && (missing0 = "pageNumber"))) || ((data.types === undefined) && (missing0 = "types"))) || ((data.results === undefined) && (missing0 = "results"))){
validate220.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.total !== undefined){
let data0 = data.total;
const _errs1 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate220.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats68.validate(data0))){
validate220.errors = [{instancePath:instancePath+"/total",schemaPath:"#/properties/total/format",keyword:"format",params:{format: "int64"}}];
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
if(data.pageCount !== undefined){
let data1 = data.pageCount;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate220.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(!(formats14.validate(data1))){
validate220.errors = [{instancePath:instancePath+"/pageCount",schemaPath:"#/properties/pageCount/format",keyword:"format",params:{format: "int32"}}];
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
if(data.pageSize !== undefined){
let data2 = data.pageSize;
const _errs5 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate220.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs5){
if((typeof data2 == "number") && (isFinite(data2))){
if(!(formats14.validate(data2))){
validate220.errors = [{instancePath:instancePath+"/pageSize",schemaPath:"#/properties/pageSize/format",keyword:"format",params:{format: "int32"}}];
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
if(data.pageNumber !== undefined){
let data3 = data.pageNumber;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate220.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs7){
if((typeof data3 == "number") && (isFinite(data3))){
if(!(formats14.validate(data3))){
validate220.errors = [{instancePath:instancePath+"/pageNumber",schemaPath:"#/properties/pageNumber/format",keyword:"format",params:{format: "int32"}}];
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
if(data.previousPage !== undefined){
const _errs9 = errors;
if(typeof data.previousPage !== "string"){
validate220.errors = [{instancePath:instancePath+"/previousPage",schemaPath:"#/properties/previousPage/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currentPage !== undefined){
const _errs11 = errors;
if(typeof data.currentPage !== "string"){
validate220.errors = [{instancePath:instancePath+"/currentPage",schemaPath:"#/properties/currentPage/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nextPage !== undefined){
const _errs13 = errors;
if(typeof data.nextPage !== "string"){
validate220.errors = [{instancePath:instancePath+"/nextPage",schemaPath:"#/properties/nextPage/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.types !== undefined){
let data7 = data.types;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs17 = errors;
if(typeof data7[i0] !== "string"){
validate220.errors = [{instancePath:instancePath+"/types/" + i0,schemaPath:"#/properties/types/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs17 === errors;
if(!valid1){
break;
}
}
}
else {
validate220.errors = [{instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.results !== undefined){
let data9 = data.results;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data9)){
var valid2 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
const _errs21 = errors;
if(!(validate57(data9[i1], {instancePath:instancePath+"/results/" + i1,parentData:data9,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate57.errors;} else {for(const e of validate57.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid2 = _errs21 === errors;
if(!valid2){
break;
}
}
}
else {
validate220.errors = [{instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "array"}}];
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
validate220.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate220.errors = vErrors;
return errors === 0;
}
