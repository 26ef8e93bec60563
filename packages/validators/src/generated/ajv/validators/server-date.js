import { dateTime as formats16 } from "../../../formats.js";

export { validate235 as compiledServerDate };
const schema185 = {"type":"object","properties":{"currentDate":{"type":"string","format":"date-time"}}};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.currentDate !== undefined){
let data0 = data.currentDate;
if(typeof data0 === "string"){
if(!(formats16(data0))){
const err0 = {instancePath:instancePath+"/currentDate",schemaPath:"#/properties/currentDate/format",keyword:"format",params:{format: "date-time"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/currentDate",schemaPath:"#/properties/currentDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate235.errors = vErrors;
return errors === 0;
}
